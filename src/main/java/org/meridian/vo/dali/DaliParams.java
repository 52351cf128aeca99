// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.dali;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.meridian.web.FormBody;

/**
 * A DALI request's parameters from the query string, a url-encoded form or multipart parts, with
 * case-insensitive names and repeated values kept in order (DALI 1.1 section 3.1), and its parts.
 * Every DALI service (TAP, DataLink, SODA, SSAP) reads its request through this.
 */
public final class DaliParams {

    private final Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, UploadedFile> files = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private DaliParams() {}

    /** A multipart part's bytes; may be opened once. */
    @FunctionalInterface
    public interface Part {
        InputStream open() throws IOException;
    }

    /** @throws FormBody.MalformedException when the POST body cannot be read as the form it claims to be */
    public static DaliParams of(Context ctx) throws FormBody.MalformedException {
        DaliParams p = new DaliParams();
        ctx.queryParamMap().forEach(p::add);
        if (ctx.method().name().equals("POST")) {
            FormBody.fields(ctx).forEach(p::add);
            FormBody.files(ctx).forEach((name, list) -> {
                if (!list.isEmpty()) p.files.put(name, list.get(0));
            });
        }
        return p;
    }

    /** How a service refuses a request: its own exception from the status and the message. */
    @FunctionalInterface
    public interface Refusal<E extends Exception> {
        E of(int status, String message);
    }

    /** The request's parameters; a body Jetty cannot parse is the service's own refusal, with its 4xx. */
    public static <E extends Exception> DaliParams of(Context ctx, Refusal<E> refusal) throws E {
        try {
            return of(ctx);
        } catch (FormBody.MalformedException e) {
            throw refusal.of(e.status(), e.getMessage());
        }
    }

    /** Parameters given directly, e.g. by a test or a stored UWS job. */
    public static DaliParams of(Map<String, List<String>> params) {
        DaliParams p = new DaliParams();
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

    /** RESPONSEFORMAT (DALI 1.1 section 3.3.1), else the older FORMAT that TAP 1.0 and SSAP clients send; or null. */
    public String responseFormat() {
        String format = first("RESPONSEFORMAT");
        return format != null ? format : first("FORMAT");
    }

    /**
     * MAXREC (DALI 1.1 section 3.3.2): null when absent or blank, else a whole number not below zero.
     *
     * @throws BadParameterException when it is not one
     */
    public Long maxrec() throws BadParameterException {
        String value = first("MAXREC");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(value.trim().toLowerCase(Locale.ROOT));
            if (n < 0) {
                throw new BadParameterException("MAXREC must not be negative: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameterException("MAXREC must be a whole number: " + value);
        }
    }

    /**
     * A part by name: a file part, or a plain field holding its text (some clients send the part
     * without a filename).
     */
    public Optional<Part> part(String name) {
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
