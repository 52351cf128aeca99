// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.dialect.tap.adql.sql.StepTests.step;

import org.junit.jupiter.api.Test;

class FunctionMappingTest {
    @Test
    void renamesFunctionsPostgresSpellsDifferently() {
        assertThat(step(new FunctionMapping(), "SELECT LOG(a), LOG10(a), TRUNCATE(a, 2), RAND(), CEILING(a) FROM t"))
                .isEqualTo("SELECT ln(a), log(a), trunc(CAST(a AS NUMERIC), 2), random(), ceil(a) FROM t");
    }

    @Test
    void leavesOtherFunctionsAlone() {
        assertThat(step(new FunctionMapping(), "SELECT ROUND(a), SQRT(b), ivo_hasword(c, 'x') FROM t"))
                .isEqualTo("SELECT round(a), SQRT(b), ivo_hasword(c, 'x') FROM t");
    }
}
