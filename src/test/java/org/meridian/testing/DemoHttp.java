// SPDX-License-Identifier: Apache-2.0
package org.meridian.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * HTTP to the shared {@link DemoServer} for tests, with text bodies. Redirects are not followed:
 * UWS answers job creation and phase changes with 303s that the tests check.
 */
public final class DemoHttp {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** {@code path} with its query string, below the demo's base URL. */
    public static URI uri(String path) {
        return URI.create(DemoServer.baseUrl() + path);
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    /** POSTs an url-encoded form ({@code a=1&b=2}, values already encoded). */
    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** POSTs a multipart form. */
    public HttpResponse<String> post(String path, Multipart form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()))
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Runs an ADQL query as an async job of a TAP service ({@code service} like {@code /tap}) with
     * that {@code Authorization}, and waits up to 10 s for it to complete; the job's id.
     */
    public String finishedJob(String service, String authorization, String adql)
            throws IOException, InterruptedException {
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri(service + "/async"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("LANG=ADQL&PHASE=RUN&QUERY=" + enc(adql)))
                .build());
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        for (int i = 0; i < 200; i++) {
            HttpRequest phase = HttpRequest.newBuilder(uri(service + "/async/" + id + "/phase"))
                    .header("Authorization", authorization)
                    .build();
            if (send(phase).body().contains("COMPLETED")) {
                return id;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " did not complete");
    }

    public HttpResponse<byte[]> sendBytes(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
