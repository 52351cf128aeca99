// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.http;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.dialect.tap.upload.Upload;
import org.meridian.web.FormBody;

/**
 * A TAP request's parameters from the query string, a url-encoded form or multipart parts, with
 * case-insensitive names (DALI 1.1 section 3.1), and its inline upload parts.
 */
public final class TapParams {

    private final Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, UploadedFile> files = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private TapParams() {}

    /** @throws TapException (400) when the POST body cannot be read as the form it claims to be */
    public static TapParams of(Context ctx) throws TapException {
        TapParams p = new TapParams();
        ctx.queryParamMap().forEach(p::add);
        if (ctx.method().name().equals("POST")) {
            try {
                FormBody.fields(ctx).forEach(p::add);
                FormBody.files(ctx).forEach((name, list) -> {
                    if (!list.isEmpty()) p.files.put(name, list.get(0));
                });
            } catch (FormBody.MalformedException e) {
                throw new TapException(e.status(), e.getMessage());
            }
        }
        return p;
    }

    /** Parameters given directly, e.g. by a test or a stored UWS job. */
    public static TapParams of(Map<String, List<String>> params) {
        TapParams p = new TapParams();
        params.forEach(p::add);
        return p;
    }

    private void add(String name, List<String> list) {
        values.computeIfAbsent(name, k -> new ArrayList<>()).addAll(list);
    }

    /** The first value of a parameter, or null. */
    public String first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /**
     * An inline upload part by name: a file part, or a plain field holding the table text (some
     * clients send the part without a filename).
     */
    public Optional<Upload.Source> part(String name) {
        UploadedFile file = files.get(name);
        if (file != null) {
            return Optional.of(file::content);
        }
        String text = first(name);
        if (text != null) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return Optional.of(() -> new ByteArrayInputStream(bytes));
        }
        return Optional.empty();
    }
}
