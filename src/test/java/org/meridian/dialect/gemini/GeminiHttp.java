// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.meridian.testing.DemoServer;

/** A small HTTP client with its own cookie jar, for the Gemini end-to-end tests. */
final class GeminiHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<byte[]> head(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    }

    HttpResponse<byte[]> post(String path, String form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + new String(r.body()));
        }
        return JSON.readTree(r.body());
    }

    static URI uri(String path) {
        return URI.create(DemoServer.baseUrl() + path);
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
