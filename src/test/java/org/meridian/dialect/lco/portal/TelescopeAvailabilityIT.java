// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoHttp;
import org.meridian.testing.DemoServer;

/**
 * {@code telescope_availability/} on the demo server: ranges are bounded, and a client that gives
 * up stops the work. Telescopes at six sites report through 2031, a year no other test asks about,
 * so the nights of that year are computed cold here (about a second per site and month of nights
 * on a loaded machine).
 */
class TelescopeAvailabilityIT {

    private static final List<String> TELESCOPES = List.of(
            "coj.doma.1m0a", "cpt.doma.1m0a", "elp.doma.1m0a", "lsc.doma.1m0a", "ogg.clma.2m0a", "tfn.doma.1m0a");
    private static final String YEAR = "/api/telescope_availability/?start=2031-01-01&end=2031-12-31";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoHttp http = new DemoHttp();

    @BeforeAll
    static void telescopesReportThrough2031() throws Exception {
        try (Connection c = DemoServer.archive().db().connection();
                PreparedStatement s = c.prepareStatement("insert into telescope_state_event"
                        + " (telescope, event_type, event_reason, start, \"end\") select ?, 'AVAILABLE',"
                        + " 'Available for scheduling', ?, ? where not exists"
                        + " (select 1 from telescope_state_event where telescope = ? and start = ?)")) {
            for (String telescope : TELESCOPES) {
                Timestamp start = Timestamp.from(Instant.parse("2031-01-01T00:00:00Z"));
                s.setString(1, telescope);
                s.setTimestamp(2, start);
                s.setTimestamp(3, Timestamp.from(Instant.parse("2032-01-01T00:00:00Z")));
                s.setString(4, telescope);
                s.setTimestamp(5, start);
                s.executeUpdate();
            }
        }
    }

    @Test
    void aRangeLongerThanAYearIsRefusedNamingTheLimit() throws Exception {
        for (String endpoint : List.of("telescope_availability", "telescope_states")) {
            HttpResponse<String> r = get("/api/" + endpoint + "/?start=2000-01-01&end=2100-01-01");
            assertThat(r.statusCode()).as(endpoint).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("end").get(0).asText()).contains("365 days");
        }
        HttpResponse<String> week = get("/api/telescope_availability/?start=2031-03-01&end=2031-03-08");
        assertThat(week.statusCode()).isEqualTo(200);
        JsonNode nights = JSON.readTree(week.body()).path("elp.doma.1m0a");
        assertThat(nights.size()).isBetween(6, 8);
        assertThat(nights.get(0).get(1).asDouble()).isEqualTo(1.0);
    }

    @Test
    void theWorkStopsSoonAfterTheClientLeaves() throws Exception {
        URI base = URI.create(DemoServer.baseUrl());
        try (Socket client = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = client.getOutputStream();
            out.write(("GET " + YEAR + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            eventually(() -> computing(), Duration.ofSeconds(20));
        }
        // A whole year at six sites takes tens of seconds cold; the work must end within a few.
        eventually(() -> !computing(), Duration.ofSeconds(10));
    }

    /** A GET that gives up after 30 s (a century of nights took most of an hour). */
    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(DemoHttp.uri(path))
                .timeout(Duration.ofSeconds(30))
                .build());
    }

    /** Whether some thread (virtual ones included) is computing availability. */
    private static boolean computing() throws Exception {
        Path dump = Files.createTempFile("threads", ".txt");
        Files.delete(dump);
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(dump.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
            return Files.readString(dump).contains("TelescopeStateHandlers.availability");
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void eventually(Condition condition, Duration within) throws Exception {
        Instant until = Instant.now().plus(within);
        while (!condition.holds()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("condition not met within " + within);
            }
            Thread.sleep(100);
        }
    }
}
