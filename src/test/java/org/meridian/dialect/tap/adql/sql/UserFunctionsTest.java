// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.dialect.tap.adql.sql.StepTests.resolvedStep;

import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.schema.TestCatalogs;

class UserFunctionsTest {
    private final UserFunctions functions = new UserFunctions(TestCatalogs.sample());

    @Test
    void healpixIndexOfTheStoredPositionShiftsTheStoredIndex() {
        assertThat(resolvedStep(functions, "SELECT ivo_healpix_index(10, ra, dec) FROM gaia.source"))
                .isEqualTo("SELECT (gaia.source.hpx / " + (1L << 38) + ") FROM gaia.source");
        assertThat(resolvedStep(functions, "SELECT ivo_healpix_index(29, s.ra, s.dec) FROM gaia.source AS s"))
                .isEqualTo("SELECT s.hpx FROM gaia.source AS s");
        assertThat(resolvedStep(
                        functions, "SELECT COUNT(*) FROM gaia.source AS s GROUP BY ivo_healpix_index(5, s.ra, s.dec)"))
                .endsWith("GROUP BY (s.hpx / " + (1L << 48) + ")");
    }

    @Test
    void otherCallsGoToTheSqlFunction() {
        // no hpx column on uploads, computed positions, variable or out-of-range orders
        assertThat(resolvedStep(functions, "SELECT ivo_healpix_index(10, ra, dec) FROM tap_upload.mine"))
                .contains("ivo_healpix_index(10, tap_upload.mine.ra");
        assertThat(resolvedStep(functions, "SELECT ivo_healpix_index(10, ra + 1, dec) FROM gaia.source"))
                .contains("ivo_healpix_index(");
        assertThat(resolvedStep(functions, "SELECT ivo_healpix_index(30, ra, dec) FROM gaia.source"))
                .contains("ivo_healpix_index(30");
        assertThat(resolvedStep(functions, "SELECT ivo_healpix_index(source_id, ra, dec) FROM gaia.source"))
                .contains("ivo_healpix_index(gaia.source.source_id");
        assertThat(resolvedStep(functions, "SELECT ivo_hasword(obs_id, 'x') FROM ivoa.obscore"))
                .isEqualTo("SELECT ivo_hasword(ivoa.obscore.obs_id, 'x') FROM ivoa.obscore");
    }
}
