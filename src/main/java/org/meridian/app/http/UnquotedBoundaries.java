// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.http;

import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Quotes a multipart boundary sent unquoted although it holds characters a header token may not:
 * astroquery's TapPlus sends {@code boundary====1700000000000===}, which RFC 2045 requires in quotes,
 * and Jetty's parameter parser splits it at the '=' signs and then finds no boundary in the body.
 * The quoted value is the same boundary, so every dialect's multipart forms read as the client meant.
 */
final class UnquotedBoundaries extends Handler.Wrapper {

    /** RFC 2045 tspecials, plus space: characters that make a parameter value need quotes. */
    private static final String SPECIALS = "()<>@,;:\\\"/[]?= \t";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String fixed = quoted(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if (fixed == null) {
            return super.handle(request, response, callback);
        }
        HttpFields headers = HttpFields.build(request.getHeaders())
                .put(HttpHeader.CONTENT_TYPE, fixed)
                .asImmutable();
        return super.handle(
                new Request.Wrapper(request) {
                    @Override
                    public HttpFields getHeaders() {
                        return headers;
                    }
                },
                response,
                callback);
    }

    /** The Content-Type with its boundary quoted, or null when it needs no change. */
    static String quoted(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("boundary=");
        if (at < 0 || contentType.lastIndexOf(';', at) < 0) {
            return null;
        }
        int start = at + "boundary=".length();
        // RFC 2046 boundaries never hold ';', so an unquoted one ends at the next parameter.
        int end = contentType.indexOf(';', start);
        end = end < 0 ? contentType.length() : end;
        String value = contentType.substring(start, end).strip();
        if (value.isEmpty() || value.startsWith("\"") || value.contains("\"") || value.contains("\\")) {
            return null;
        }
        if (value.chars().noneMatch(c -> SPECIALS.indexOf(c) >= 0)) {
            return null;
        }
        return contentType.substring(0, start) + "\"" + value + "\"" + contentType.substring(end);
    }
}
