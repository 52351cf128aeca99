// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * What every answer to hostile input must be (docs/architecture.md, "Hostile input"): a status
 * below 500, in bounded time, with no stack trace and no SQL or PostgreSQL error text.
 */
final class HttpProperty {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Pattern INTERNALS = Pattern.compile(
            "\\bat (org\\.meridian|java\\.|io\\.javalin|org\\.eclipse)\\.|org\\.postgresql|PSQLException|SQLState"
                    + "|Exception:|\\bERROR: +(syntax error|column|relation|function|operator)");

    private HttpProperty() {}

    static HttpResponse<byte[]> holds(HttpRequest.Builder request) throws Exception {
        HttpResponse<byte[]> r = send(request.timeout(LIMIT).build(), 3);
        String body = new String(r.body(), StandardCharsets.ISO_8859_1);
        assertThat(r.statusCode()).as("status; body: %s", clip(body)).isLessThan(500);
        assertThat(INTERNALS.matcher(body).find())
                .as("internals in the answer: %s", clip(body))
                .isFalse();
        return r;
    }

    /**
     * A long run outpaces the per-credential rate limit (docs/operations.md, "Limits"): a 429 is waited
     * out as its Retry-After says, and a kept-alive connection the server closed after refusing an
     * unread body is tried once more on a fresh one.
     */
    private static HttpResponse<byte[]> send(HttpRequest request, int tries) throws Exception {
        try {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 429 && tries > 1) {
                Thread.sleep(1000L
                        * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
                return send(request, tries - 1);
            }
            return r;
        } catch (java.io.IOException closed) {
            if (tries <= 1 || !String.valueOf(closed.getMessage()).contains("received no bytes")) {
                throw closed;
            }
            return send(request, tries - 1);
        }
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
