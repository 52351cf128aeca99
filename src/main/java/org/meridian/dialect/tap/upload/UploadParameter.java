// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.upload;

import java.net.URI;
import java.net.URISyntaxException;
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

    /** Where an http(s) upload's bytes come from; refuses a URL it will not read. */
    @FunctionalInterface
    public interface UrlSources {
        Upload.Source source(String name, URI url) throws TapException;
    }

    private UploadParameter() {}

    /**
     * @param parts the inline parts of the request by name (empty when absent)
     * @param urls the sources of http(s) uploads (see {@link UploadUrls})
     */
    public static List<Upload> parse(
            List<String> values, Function<String, Optional<Upload.Source>> parts, UrlSources urls) throws TapException {
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
                uploads.add(new Upload(name, source(name, uri, parts, urls)));
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

    private static Upload.Source source(
            String name, String uri, Function<String, Optional<Upload.Source>> parts, UrlSources urls)
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
                target = new URI(uri);
            } catch (URISyntaxException e) {
                throw TapException.badRequest("bad upload URL for " + name);
            }
            return urls.source(name, target);
        }
        throw TapException.badRequest("upload URI must be param:<part>, http:// or https://, not " + uri);
    }
}
