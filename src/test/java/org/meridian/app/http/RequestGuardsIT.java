// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guards every request meets, on a real listener: security headers, the cross-site refusal,
 * and the rate limits with their 429 and {@code Retry-After}.
 */
class RequestGuardsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger CHANGES = new AtomicInteger();
    private static HttpServer server;

    @BeforeAll
    static void start() {
        RequestGuards guards = new RequestGuards(new RateLimit(0.5, 3));
        server = HttpServer.start(0, List.of(guards::addTo, routes -> {
            routes.get("/page", ctx -> ctx.html("<p>hello</p>"));
            routes.post("/change", ctx -> ctx.result("changed " + CHANGES.incrementAndGet()));
        }));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> r = send(get("/page").header("Authorization", "Token headers"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(RequestGuards.CONTENT_SECURITY_POLICY);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void anotherSitesFormCannotActWithYourSession() throws Exception {
        int before = CHANGES.get();
        HttpResponse<String> forged =
                send(post("/change").header("Cookie", "sessionid=victim").header("Origin", "https://evil.example"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("cross-site request refused");
        // Its body is left unread: the connection is not kept for the client's next request.
        assertThat(forged.headers().firstValue("Connection")).hasValue("close");
        assertThat(send(post("/change")
                                .header("Cookie", "gemini_archive_session=victim")
                                .header("Sec-Fetch-Site", "cross-site"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(post("/change").header("Cookie", "JSESSIONID=victim").header("Origin", "null"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(CHANGES.get()).as("no forged request reached the handler").isEqualTo(before);
        // The page's own form, a scripted client (no Origin) and an Authorization header all pass.
        String self = "http://localhost:" + server.port();
        assertThat(send(post("/change").header("Cookie", "sessionid=mine").header("Origin", self))
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(post("/change").header("Cookie", "sessionid=mine")).statusCode())
                .isEqualTo(200);
        assertThat(send(post("/change").header("Authorization", "Token t").header("Origin", "https://tool.example"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aCredentialOverItsBudgetIsThrottledAndOthersAreNot() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(get("/page").header("Authorization", "Token busy")).statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> throttled = send(get("/page").header("Authorization", "Token busy"));
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(throttled.body()).startsWith("Request was throttled. Expected available in 2 seconds.");
        assertThat(send(get("/page").header("Authorization", "Token calm")).statusCode())
                .isEqualTo(200);
        assertThat(send(get("/page")).statusCode())
                .as("the address's own budget is larger")
                .isEqualTo(200);
    }

    /** Found by the raw-HTTP fuzzer: Jetty threw on the charset wherever a handler read the body's type. */
    @Test
    void aBodyInACharsetTheJvmDoesNotKnowIs415() throws Exception {
        HttpResponse<String> r =
                send(post("/change").setHeader("Content-Type", "application/x-www-form-urlencoded; charset=ebcdic"));
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.body()).contains("unsupported charset 'ebcdic'");
        assertThat(RequestGuards.unsupportedCharset("text/plain; charset=\"utf-8\""))
                .isNull();
        assertThat(RequestGuards.unsupportedCharset("text/plain; CHARSET=latin1"))
                .isNull();
        assertThat(RequestGuards.unsupportedCharset("text/plain; charset=\u00e9\u00e9"))
                .isEqualTo("\u00e9\u00e9");
        assertThat(RequestGuards.unsupportedCharset("text/plain")).isNull();
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
    }

    private static HttpRequest.Builder post(String path) {
        return get(path)
                .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                .header("Content-Type", "application/x-www-form-urlencoded");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
