// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latency of {@code userrequests/validate/} and {@code requests/{id}/airmass/} for a 30-day window
 * against a running server (not a test). Usage: PortalBench BASE USER PASSWORD PROPOSAL [ROUNDS].
 */
public final class PortalBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        String token = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/api-token-auth/"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + args[1] + "&password=" + args[2]))
                        .build()))
                .path("token")
                .asText();
        Instant start = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(30, ChronoUnit.DAYS);
        List<Long> validate = new ArrayList<>();
        List<Long> airmass = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            // a different target each round, so nothing but the shared site/night caches is reused
            String body = """
                    {"proposal":"%s","group_id":"bench","operator":"SINGLE","ipp_value":1.0,"observation_type":"NORMAL",
                     "requests":[{"target":{"name":"t","type":"SIDEREAL","ra":%s,"dec":%s},
                       "molecules":[{"type":"EXPOSE","instrument_name":"1M0-SCICAM-SINISTRO","filter":"rp",
                         "exposure_time":60,"exposure_count":1}],
                       "windows":[{"start":"%s","end":"%s"}],"location":{"telescope_class":"1m0"},
                       "constraints":{"max_airmass":2.0,"min_lunar_distance":30.0}}]}""".formatted(args[3], (i * 7.3) % 360, -60 + (i * 3.1) % 100, start, end);
            long t0 = System.nanoTime();
            JsonNode v = JSON.readTree(send(post(base + "/api/userrequests/validate/", body, token)));
            validate.add(System.nanoTime() - t0);
            if (i == 0)
                System.out.println(
                        "first validate: " + v.path("request_durations").path("duration"));
        }
        String created = send(post(base + "/api/userrequests/", """
                {"proposal":"%s","group_id":"bench","operator":"SINGLE","ipp_value":1.0,"observation_type":"NORMAL",
                 "requests":[{"target":{"name":"m31","type":"SIDEREAL","ra":10.68,"dec":41.27},
                   "molecules":[{"type":"EXPOSE","instrument_name":"1M0-SCICAM-SINISTRO","filter":"rp",
                     "exposure_time":60,"exposure_count":1}],
                   "windows":[{"start":"%s","end":"%s"}],"location":{"telescope_class":"1m0"}}]}""".formatted(args[3], start, end), token));
        long requestId = JSON.readTree(created).at("/requests/0/id").asLong();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            send(HttpRequest.newBuilder(URI.create(base + "/api/requests/" + requestId + "/airmass/"))
                    .header("Authorization", "Token " + token)
                    .build());
            airmass.add(System.nanoTime() - t0);
        }
        send(post(
                base + "/api/userrequests/" + JSON.readTree(created).path("id").asLong() + "/cancel/", "", token));
        report("validate (30-day window)", validate);
        report("airmass (30-day window)", airmass);
    }

    private static HttpRequest post(String url, String body, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Authorization", "Token " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String send(HttpRequest r) throws Exception {
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                "%s: first %.1f ms, p50 %.1f ms, p90 %.1f ms over %d calls%n",
                what,
                nanos.get(0) / 1e6,
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(sorted.size() * 9 / 10) / 1e6,
                sorted.size());
    }
}
