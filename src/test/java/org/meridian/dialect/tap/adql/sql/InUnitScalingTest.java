// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meridian.dialect.tap.adql.sql.StepTests.step;

import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.AdqlTranslationException;

class InUnitScalingTest {
    @Test
    void scalesFromTheBaseUnit() {
        assertThat(step(new InUnitScaling(), "SELECT IN_UNIT(ra, 'arcsec'), IN_UNIT(t, 'h') FROM t"))
                .isEqualTo("SELECT (ra * 3600.0), (t * " + (1 / 3600.0) + ") FROM t");
    }

    @Test
    void unknownOrComputedUnitsAreRejected() {
        assertThatThrownBy(() -> step(new InUnitScaling(), "SELECT IN_UNIT(ra, 'furlong') FROM t"))
                .isInstanceOf(AdqlTranslationException.class)
                .hasMessageContaining("furlong");
        assertThatThrownBy(() -> step(new InUnitScaling(), "SELECT IN_UNIT(ra, u) FROM t"))
                .hasMessageContaining("literal unit");
    }
}
