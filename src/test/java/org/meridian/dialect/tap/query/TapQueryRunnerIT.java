// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.schema.TapSchema;
import org.meridian.store.Database;
import org.meridian.testing.DemoServer;
import org.meridian.vo.output.ResultFormat;

/**
 * The runner's two execution paths on the demo database: small results go out as one pipelined
 * statement in an implicit transaction, large ones through a cursor in an explicit one. Both must
 * keep the statement timeout and leave the pooled connection as they found it.
 */
class TapQueryRunnerIT {

    /** Runs for minutes unless cancelled (a cross join of the demo's Gaia DR3 table). */
    private static final String SLOW =
            "SELECT COUNT(*) FROM gaiadr3.gaia_source AS a, gaiadr3.gaia_source AS b WHERE a.ra + b.ra > 1";

    private final Database db = DemoServer.archive().db();

    private TapQueryRunner runner(Duration syncTimeout) throws Exception {
        TapSchema schema = new TapSchema(db);
        schema.refresh();
        TapLimits limits = new TapLimits(10_000, 10_000_000, syncTimeout, 4, 100_000, 1 << 20);
        return new TapQueryRunner(db, schema, limits);
    }

    @Test
    void theTimeLimitCancelsASmallResultQuery() throws Exception {
        assertTimesOut(null);
    }

    @Test
    void theTimeLimitCancelsALargeResultQuery() throws Exception {
        assertTimesOut(1_000_000L);
    }

    private void assertTimesOut(Long maxrec) throws Exception {
        TapQueryRunner runner = runner(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThatThrownBy(() -> runner.run(
                        new TapQuery(SLOW, Caller.ANONYMOUS, maxrec, ResultFormat.CSV, List.of()),
                        new ByteArrayOutputStream()))
                .isInstanceOf(TapException.class)
                .hasMessageContaining("time limit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(run(runner(Duration.ofMinutes(1)), "SELECT TOP 3 source_id FROM gaiadr3.gaia_source", maxrec)
                        .lines()
                        .count())
                .as("later queries on the pooled connections run without the old limit")
                .isEqualTo(4);
    }

    @Test
    void bothPathsGiveTheSameRowsAndMarkOverflow() throws Exception {
        TapQueryRunner runner = runner(Duration.ofMinutes(1));
        String adql = "SELECT TOP 20 source_id, ra, dec FROM gaiadr3.gaia_source ORDER BY source_id";
        String small = run(runner, adql, 10L);
        String large = run(runner, adql, 20_000L);
        assertThat(small.lines().count()).isEqualTo(11);
        assertThat(large.lines().count()).isEqualTo(21);
        assertThat(large).startsWith(small);
    }

    @Test
    void noSessionSettingOutlivesAQuery() throws Exception {
        TapQueryRunner runner = runner(Duration.ofSeconds(42));
        for (int i = 0; i < 8; i++) {
            run(runner, "SELECT TOP 1 source_id FROM gaiadr3.gaia_source", i % 2 == 0 ? null : 50_000L);
        }
        for (int i = 0; i < 8; i++) {
            try (var c = db.connection();
                    var s = c.createStatement();
                    var r = s.executeQuery(
                            "select current_setting('statement_timeout'), current_setting('transaction_read_only')")) {
                r.next();
                assertThat(r.getString(1)).isNotEqualTo("42s");
                assertThat(r.getString(2)).isEqualTo("off");
            }
        }
    }

    private static String run(TapQueryRunner runner, String adql, Long maxrec) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(new TapQuery(adql, Caller.ANONYMOUS, maxrec, ResultFormat.CSV, List.of()), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
