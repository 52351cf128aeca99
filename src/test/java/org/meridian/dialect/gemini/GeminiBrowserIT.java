// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.testing.DemoServer;

/**
 * The search form in headless Chromium, driven through chromedriver's W3C WebDriver HTTP API with
 * a few plain HTTP calls: type a program ID, press Search, read the results table.
 */
class GeminiBrowserIT {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private final HttpClient http = HttpClient.newHttpClient();
    private String driver;

    @Test
    void searchFormSubmitsAndShowsResults(@TempDir Path scratch) throws Exception {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM), "no chromium/chromedriver");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String base = DemoServer.baseUrl();
        ProcessBuilder launch = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // Chromium and chromedriver keep their profile and scratch files under TMPDIR: here, not /tmp.
        launch.environment().put("TMPDIR", scratch.toString());
        Process chromedriver = launch.start();
        driver = "http://localhost:" + port;
        try {
            waitForDriver();
            JsonNode session = call("POST", "/session", """
                    {"capabilities":{"alwaysMatch":{"browserName":"chrome","goog:chromeOptions":{
                    "binary":"/usr/bin/chromium","args":["--headless","--no-sandbox","--disable-gpu",
                    "--disable-dev-shm-usage"]}}}}""");
            String id = session.get("value").get("sessionId").asText();
            String s = "/session/" + id;
            try {
                call("POST", s + "/url", "{\"url\":\"" + base + "/searchform\"}");
                String program = find(s, "#program");
                call("POST", s + "/element/" + program + "/value", "{\"text\":\"GN-2010B-Q-22\"}");
                call("POST", s + "/element/" + find(s, "#search") + "/click", "{}");
                List<String> names = List.of();
                for (int i = 0; i < 50 && names.size() < 6; i++) {
                    Thread.sleep(200);
                    names = texts(s, "#results td.filename");
                }
                assertThat(names)
                        .containsExactly(
                                "N20101231S0338.fits",
                                "N20101231S0339.fits",
                                "N20101231S0340.fits",
                                "N20101231S0341.fits",
                                "N20101231S0342.fits",
                                "N20101231S0343.fits");
                assertThat(call("GET", s + "/url", null).get("value").asText())
                        .isEqualTo(base + "/searchform/GN-2010B-Q-22");
                // The form comes back filled in from the URL.
                assertThat(call("GET", s + "/element/" + find(s, "#program") + "/property/value", null)
                                .get("value")
                                .asText())
                        .isEqualTo("GN-2010B-Q-22");
                call("POST", s + "/element/" + find(s, "#cals-button") + "/click", "{}");
                List<String> cals = List.of();
                for (int i = 0; i < 50 && cals.isEmpty(); i++) {
                    Thread.sleep(200);
                    cals = texts(s, "#tab-cals h2");
                }
                assertThat(cals).hasSize(1);
            } finally {
                call("DELETE", s, null);
            }
        } finally {
            chromedriver.destroy();
            chromedriver.waitFor();
        }
    }

    private String find(String session, String css) throws Exception {
        JsonNode r = call("POST", session + "/element", "{\"using\":\"css selector\",\"value\":\"" + css + "\"}");
        return r.get("value").get(ELEMENT).asText();
    }

    private List<String> texts(String session, String css) throws Exception {
        JsonNode r = call("POST", session + "/elements", "{\"using\":\"css selector\",\"value\":\"" + css + "\"}");
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (JsonNode e : r.get("value")) {
            out.add(call("GET", session + "/element/" + e.get(ELEMENT).asText() + "/text", null)
                    .get("value")
                    .asText());
        }
        return out;
    }

    private void waitForDriver() throws Exception {
        for (int i = 0; i < 50; i++) {
            try {
                call("GET", "/status", null);
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    private JsonNode call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(driver + path)).timeout(Duration.ofSeconds(60));
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = GeminiHttp.JSON.readTree(r.body());
        if (r.statusCode() >= 400) {
            throw new IllegalStateException(method + " " + path + ": " + r.body());
        }
        return json instanceof ObjectNode ? json : GeminiHttp.JSON.createObjectNode();
    }
}
