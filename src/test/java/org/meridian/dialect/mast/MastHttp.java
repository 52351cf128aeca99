// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.meridian.core.auth.Accounts;
import org.meridian.testing.DemoServer;

/** Test-side HTTP calls against the demo server, as astroquery makes them. */
final class MastHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private MastHttp() {}

    static String base() {
        return DemoServer.baseUrl();
    }

    /** jwst_user's API token (member of the exclusive program 4520). */
    static String jwstToken() throws Exception {
        Accounts accounts = DemoServer.archive().accounts();
        long id = accounts.login("jwst_user", "jwst-demo").orElseThrow().accountId();
        return accounts.tokenOf(id);
    }

    static HttpResponse<String> invoke(String requestJson, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/api/v0/invoke"))
                .header("Content-type", "application/x-www-form-urlencoded")
                .header("Accept", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("request="
                        + URLEncoder.encode(requestJson, StandardCharsets.UTF_8).replace("+", "%20")));
        if (cookie != null) {
            b.header("Cookie", "mast_token=" + cookie);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode invokeOk(String requestJson) throws Exception {
        return invokeOk(requestJson, null);
    }

    static JsonNode invokeOk(String requestJson, String cookie) throws Exception {
        HttpResponse<String> r = invoke(requestJson, cookie);
        if (r.statusCode() != 200) {
            throw new AssertionError(r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Exception {
        return CLIENT.send(request, body);
    }
}
