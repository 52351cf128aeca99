// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meridian.dialect.tap.adql.sql.StepTests.resolvedStep;
import static org.meridian.dialect.tap.adql.sql.StepTests.step;

import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.AdqlTranslationException;
import org.meridian.dialect.tap.adql.schema.TestCatalogs;

/** IN_UNIT as ADQL 2.1 §4.9.1 defines it: from the value's own unit to the one asked for. */
class InUnitScalingTest {
    private static final InUnitScaling STEP = new InUnitScaling(TestCatalogs.sample());

    @Test
    void convertsFromTheUnitInTheColumnMetadata() {
        // parallax is published in mas, ra in deg, pmra in the VOUnit spelling mas.yr**-1
        assertThat(resolvedStep(
                        STEP,
                        "SELECT IN_UNIT(parallax, 'arcsec'), IN_UNIT(ra, 'arcmin'), IN_UNIT(pmra, 'deg/yr')"
                                + " FROM gaia.source"))
                .isEqualTo("SELECT (gaia.source.parallax * " + (1 / 1000.0) + "), (gaia.source.ra * 60.0),"
                        + " (gaia.source.pmra * " + (1 / 3.6e6) + ") FROM gaia.source");
    }

    @Test
    void followsTheUnitThroughSignsScalingAndDistance() {
        assertThat(resolvedStep(
                        STEP,
                        "SELECT IN_UNIT(-2 * s.parallax, 'mas'), IN_UNIT(DISTANCE(s.ra, s.dec, 1, 2), 'arcsec')"
                                + " FROM gaia.source AS s"))
                .isEqualTo("SELECT ((-2) * s.parallax), (DISTANCE(POINT(s.ra, s.dec), POINT(1, 2)) * 3600.0)"
                        + " FROM gaia.source AS s");
    }

    @Test
    void velocitiesAndDistancesInVoUnitSpellings() {
        InUnitScaling step = new InUnitScaling(org.meridian.dialect.tap.adql.schema.InMemoryCatalog.builder()
                .table("s", "t")
                .column("rv", "DOUBLE", "km.s**-1")
                .column("d", "DOUBLE", "kpc")
                .done()
                .build());
        String adql = step(step, "SELECT IN_UNIT(s.t.rv, 'm/s'), IN_UNIT(s.t.d, 'pc') FROM s.t");
        java.util.regex.Matcher factors =
                java.util.regex.Pattern.compile("\\* ([0-9.E]+)\\)").matcher(adql);
        assertThat(factors.find()).as(adql).isTrue();
        assertThat(Double.parseDouble(factors.group(1))).isEqualTo(1000.0);
        assertThat(factors.find()).as(adql).isTrue();
        assertThat(Double.parseDouble(factors.group(1))).isCloseTo(1000.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aValueWithoutUnitIsAnError() {
        // §4.9.1: "If the value does not have a unit ... the function MUST raise an error"
        assertThatThrownBy(() -> step(STEP, "SELECT IN_UNIT(42, 'arcsec') FROM t"))
                .isInstanceOf(AdqlTranslationException.class)
                .hasMessageContaining("42 has no unit");
        assertThatThrownBy(() -> resolvedStep(STEP, "SELECT IN_UNIT(source_id, 'arcsec') FROM gaia.source"))
                .hasMessageContaining("has no unit");
    }

    @Test
    void unknownTargetOrOtherDimensionIsAnError() {
        assertThatThrownBy(() -> resolvedStep(STEP, "SELECT IN_UNIT(ra, 'furlong') FROM gaia.source"))
                .isInstanceOf(AdqlTranslationException.class)
                .hasMessageContaining("furlong");
        assertThatThrownBy(() -> resolvedStep(STEP, "SELECT IN_UNIT(ra, 'km') FROM gaia.source"))
                .hasMessageContaining("cannot convert deg (angle) to km (length)");
        assertThatThrownBy(() -> step(STEP, "SELECT IN_UNIT(ra, u) FROM t")).hasMessageContaining("literal unit");
    }
}
