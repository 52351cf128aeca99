// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.core.observing.TelescopeNetwork;
import org.meridian.core.observing.scheduling.CompletedBlock;
import org.meridian.core.observing.scheduling.Scheduler;

/** The scheduler places a submitted request, observes or fails it, and the portal reports the result. */
class SchedulerIT {

    @Test
    void placesObservesAndReports() throws Exception {
        try (PortalFixture portal = new PortalFixture()) {
            var created = portal.post(
                    "/api/userrequests/",
                    PortalFixture.payload("sched", 34.4, 20, 60, "")
                            .replace("2016-09-29T21:12:18Z", "2016-09-20T00:00:00Z"),
                    portal.token);
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            long requestId = created.body().at("/requests/0/id").asLong();
            List<CompletedBlock> delivered = new ArrayList<>();
            Scheduler scheduler = new Scheduler(portal.db, TelescopeNetwork.builtIn(), delivered::add);

            assertThat(scheduler.runOnce(PortalFixture.NOW)).isEqualTo(1);
            JsonNode blocks = portal.get("/api/requests/" + requestId + "/blocks/", portal.token)
                    .body();
            assertThat(blocks).hasSize(1);
            assertThat(blocks.get(0).path("state").asText()).isEqualTo("SCHEDULED");
            assertThat(portal.get("/api/requests/" + requestId + "/", portal.token)
                            .body()
                            .path("state")
                            .asText())
                    .isEqualTo("SCHEDULED");

            Instant after = Instant.parse(blocks.get(0).path("end").asText()).plusSeconds(60);
            scheduler.runOnce(after);
            String blockState = portal.get("/api/requests/" + requestId + "/blocks/", portal.token)
                    .body()
                    .get(0)
                    .path("state")
                    .asText();
            JsonNode request =
                    portal.get("/api/requests/" + requestId + "/", portal.token).body();
            if (blockState.equals("COMPLETED")) {
                assertThat(request.path("state").asText()).isEqualTo("COMPLETED");
                assertThat(delivered).hasSize(1);
                assertThat(delivered.get(0).requestId()).isEqualTo(requestId);
                assertThat(delivered.get(0).exposures().get(0).filter()).isEqualTo("air");
                try (Connection c = portal.db.connection();
                        Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("select std_time_used from time_allocation")) {
                    r.next();
                    assertThat(r.getDouble(1)).isPositive();
                }
            } else {
                assertThat(blockState).isEqualTo("FAILED");
                assertThat(request.path("fail_count").asInt()).isEqualTo(1);
                assertThat(delivered).isEmpty();
            }
            JsonNode states = portal.get(
                            "/api/telescope_states/?start=2016-09-19T00:00:00Z&end=2016-09-20T00:00:00Z&site=elp", null)
                    .body();
            assertThat(states.path("elp.doma.1m0a")).isNotEmpty();
            assertThat(states.path("elp.doma.1m0a").get(0).path("telescope").asText())
                    .isEqualTo("elp.doma.1m0a");
            JsonNode availability = portal.get(
                            "/api/telescope_availability/?start=2016-09-18T00:00:00Z&end=2016-09-20T00:00:00Z"
                                    + "&site=elp",
                            null)
                    .body();
            double fraction = availability.path("elp.doma.1m0a").get(0).get(1).asDouble();
            assertThat(fraction).isBetween(0.0, 1.0);
            scheduler.close();
        }
    }
}
