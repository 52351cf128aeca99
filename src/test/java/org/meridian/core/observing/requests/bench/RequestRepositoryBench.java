// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meridian.core.observing.Constraints;
import org.meridian.core.observing.Location;
import org.meridian.core.observing.UserRequest;
import org.meridian.core.observing.Window;
import org.meridian.core.observing.requests.AcquisitionConfig;
import org.meridian.core.observing.requests.Configuration;
import org.meridian.core.observing.requests.GuidingConfig;
import org.meridian.core.observing.requests.InstrumentConfig;
import org.meridian.core.observing.requests.ObservationRequest;
import org.meridian.core.observing.requests.RequestGroup;
import org.meridian.core.observing.requests.RequestRepository;
import org.meridian.core.observing.requests.TargetSpec;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;
import org.meridian.testing.TestDatabases;

/**
 * Times RequestRepository on an embedded database (not a test): storing groups of 2 requests × 2
 * configurations × 2 instrument configs, reading a page of 100 groups, one group, and the
 * scheduler's pending list. Usage: RequestRepositoryBench [groups].
 */
public final class RequestRepositoryBench {
    public static void main(String[] args) throws Exception {
        int groups = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        try (Database db = TestDatabases.fresh();
                Connection c = db.connection()) {
            try (Statement s = c.createStatement()) {
                s.execute("insert into program (id, collection, title) values ('P', 'LCO', 'bench')");
            }
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < groups; i++) {
                ids.add(RequestRepository.insert(c, group(i)));
            }
            c.commit();
            long t1 = System.nanoTime();
            System.out.printf(
                    "insert: %d groups (%d requests, %d configurations, %d instrument configs) in %d ms, %.2f ms/group%n",
                    groups, 2 * groups, 4 * groups, 8 * groups, (t1 - t0) / 1_000_000, (t1 - t0) / 1e6 / groups);
            c.setAutoCommit(true);
            for (int round = 0; round < 3; round++) {
                long a = System.nanoTime();
                List<Long> page = RequestRepository.groupIds(c, SqlFragment.TRUE, "u.id desc", 100, 0);
                List<RequestGroup> loaded = RequestRepository.groups(c, page);
                long b = System.nanoTime();
                RequestRepository.group(c, ids.get(groups / 2)).orElseThrow();
                long d = System.nanoTime();
                int pending = RequestRepository.pendingForScheduling(c).size();
                long e = System.nanoTime();
                System.out.printf(
                        "round %d: page of %d groups %d ms; one group %.1f ms; pending list (%d) %d ms%n",
                        round, loaded.size(), (b - a) / 1_000_000, (d - b) / 1e6, pending, (e - d) / 1_000_000);
            }
        }
    }

    private static RequestGroup group(int i) {
        List<ObservationRequest> requests = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            List<Configuration> configurations = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                configurations.add(new Configuration(
                        "EXPOSE",
                        "1M0-SCICAM-SINISTRO",
                        k + 1,
                        new TargetSpec.Icrs("t" + i, (i * 7.3) % 360, -60 + (i * 3.1) % 100, Map.of("epoch", 2000)),
                        Constraints.of(2.0, 30),
                        List.of(ic("rp"), ic("V")),
                        new AcquisitionConfig("OFF", null, Map.of()),
                        new GuidingConfig("ON", Map.of("optional", true)),
                        null,
                        Map.of("defocus", 0.0)));
            }
            requests.add(new ObservationRequest(
                    null,
                    Location.of("1m0"),
                    List.of(new Window(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-31T00:00:00Z"))),
                    configurations,
                    1,
                    "TIME",
                    90,
                    "",
                    null,
                    600,
                    null));
        }
        return new RequestGroup(
                null,
                "g" + i,
                "P",
                new RequestGroup.Submitter(null, "bench"),
                RequestGroup.ObservationType.NORMAL,
                UserRequest.Operator.MANY,
                1.0,
                null,
                null,
                null,
                requests);
    }

    private static InstrumentConfig ic(String filter) {
        return new InstrumentConfig(2, 60, "central_2k_2x2", "", 2, 2, Map.of("filter", filter), Map.of(), Map.of());
    }
}
