// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.upload;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.meridian.dialect.tap.query.TapException;

/**
 * The UPLOAD parameter: {@code name,uri[;name,uri...]} where uri is {@code param:<part>} (an
 * inline multipart part, #upload-inline) or an http(s) URL (#upload-http).
 */
public final class UploadParameter {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20))
            .build();

    private UploadParameter() {}

    /**
     * @param parts the inline parts of the request by name (empty when absent)
     */
    public static List<Upload> parse(List<String> values, Function<String, Optional<Upload.Source>> parts)
            throws TapException {
        List<Upload> uploads = new ArrayList<>();
        for (String value : values) {
            for (String item : value.split(";")) {
                if (item.isBlank()) {
                    continue;
                }
                int comma = item.indexOf(',');
                if (comma < 0) {
                    throw TapException.badRequest("UPLOAD must be 'name,param:part' or 'name,http://...': " + item);
                }
                String name = item.substring(0, comma).trim();
                String uri = item.substring(comma + 1).trim();
                if (!NAME.matcher(name).matches()) {
                    throw TapException.badRequest("upload table name must be a plain identifier: " + name);
                }
                if (uploads.stream().anyMatch(u -> u.name().equalsIgnoreCase(name))) {
                    throw TapException.badRequest("table " + name + " is uploaded twice");
                }
                uploads.add(new Upload(name, source(uri, parts)));
            }
        }
        return uploads;
    }

    /**
     * The UPLOAD of an async job after the client POSTs {@code added} to its parameters (TAP 1.1
     * section 3.5.2; pyvo's {@code AsyncTAPJob.upload}): the tables already declared stay, and a
     * table declared again (names compare case-insensitively, as ADQL names do) takes the new source.
     * Both values must already have passed {@link #parse}.
     */
    public static String merge(String existing, String added) {
        Map<String, String> items = new LinkedHashMap<>();
        for (String value : new String[] {existing, added}) {
            if (value == null) {
                continue;
            }
            for (String item : value.split(";")) {
                int comma = item.indexOf(',');
                if (item.isBlank() || comma < 0) {
                    continue;
                }
                String name = item.substring(0, comma).trim();
                String key = name.toLowerCase(Locale.ROOT);
                items.remove(key);
                items.put(key, name + "," + item.substring(comma + 1).trim());
            }
        }
        return String.join(";", items.values());
    }

    private static Upload.Source source(String uri, Function<String, Optional<Upload.Source>> parts)
            throws TapException {
        if (uri.startsWith("param:")) {
            String part = uri.substring("param:".length());
            return parts.apply(part)
                    .orElseThrow(() -> TapException.badRequest(
                            "UPLOAD names part '" + part + "' but the request has no such multipart part"));
        }
        if (uri.startsWith("http://") || uri.startsWith("https://")) {
            URI target;
            try {
                target = URI.create(uri);
            } catch (IllegalArgumentException e) {
                throw TapException.badRequest("bad upload URL: " + uri);
            }
            return () -> fetch(target);
        }
        throw TapException.badRequest("upload URI must be param:<part>, http:// or https://, not " + uri);
    }

    private static InputStream fetch(URI uri) throws IOException {
        try {
            HttpResponse<InputStream> response = HTTP.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() / 100 != 2) {
                response.body().close();
                throw new IOException("fetching " + uri + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
    }
}
