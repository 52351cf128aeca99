// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Caller;
import org.meridian.vo.output.ResultFormat;

class TapQueryRunnerTest {

    private static TapQuery query(String adql) {
        return new TapQuery(adql, Caller.ANONYMOUS, null, ResultFormat.CSV, List.of());
    }

    @Test
    void malformedAdqlIsRefusedBeforeAnyDatabaseWork() {
        TapQueryRunner runner = new TapQueryRunner(null, null, TapLimits.DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> runner.run(query("SELECT FROM"), out))
                .isInstanceOfSatisfying(
                        TapException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("line 1, column");
        assertThat(out.size()).isZero();
    }

    @Test
    void aFullServiceAnswers503() {
        TapLimits none = new TapLimits(10, 100, Duration.ofSeconds(1), 0, 10, 1000);
        TapQueryRunner runner = new TapQueryRunner(null, null, none);
        assertThatThrownBy(() -> runner.run(query("SELECT 1 FROM t"), new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(
                        TapException.class, e -> assertThat(e.status()).isEqualTo(503))
                .hasMessageContaining("maximum of 0 queries");
    }

    @Test
    void maxrecDefaultsAndIsCappedByTheHardLimit() {
        TapLimits limits = new TapLimits(10, 100, Duration.ofSeconds(1), 1, 10, 1000);
        assertThat(limits.effectiveMaxrec(null)).isEqualTo(10);
        assertThat(limits.effectiveMaxrec(0L)).isZero();
        assertThat(limits.effectiveMaxrec(5000L)).isEqualTo(100);
    }
}
