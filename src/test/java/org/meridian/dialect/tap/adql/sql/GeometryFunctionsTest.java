// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meridian.dialect.tap.adql.sql.StepTests.step;

import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.AdqlTranslationException;

class GeometryFunctionsTest {
    private final GeometryFunctions geometry = new GeometryFunctions();

    @Test
    void regionLiteralsBecomeConstructors() {
        assertThat(step(
                        geometry,
                        "SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), REGION('Circle ICRS 10 -20 1.5')) = 1"))
                .contains("CIRCLE(10, (-20), 1.5)");
        assertThat(step(geometry, "SELECT REGION('POLYGON 1 2 3 4 5 6') FROM t"))
                .contains("POLYGON(1, 2, 3, 4, 5, 6)");
        assertThat(step(geometry, "SELECT REGION('position icrs geocenter 12 34') FROM t"))
                .contains("POINT(12, 34)");
        assertThatThrownBy(() -> step(geometry, "SELECT REGION('CIRCLE FK4 1 2 3') FROM t"))
                .isInstanceOf(AdqlTranslationException.class)
                .hasMessageContaining("only ICRS");
        assertThatThrownBy(() -> step(geometry, "SELECT REGION(s) FROM t"))
                .isInstanceOf(AdqlTranslationException.class)
                .hasMessageContaining("literal");
        assertThatThrownBy(() -> step(geometry, "SELECT REGION('CIRCLE 1 2') FROM t"))
                .hasMessageContaining("number of coordinates");
    }

    @Test
    void centroidAndArea() {
        assertThat(step(geometry, "SELECT CENTROID(CIRCLE(10, 20, 1)), CENTROID(BOX(5, 6, 1, 1)) FROM t"))
                .isEqualTo("SELECT POINT(10, 20), POINT(5, 6) FROM t");
        String centroid = step(geometry, "SELECT COORD2(CENTROID(POLYGON(0, 0, 10, 0, 10, 10, 0, 10))) FROM t");
        double dec = Double.parseDouble(centroid.replaceAll(".*POINT\\([^,]+, ([^)]+)\\).*", "$1"));
        assertThat(dec).isBetween(4.9, 5.1);
        // a unit-radius cap: 2π(1 − cos 1°) sr ≈ 3.1414 deg²
        String circle = step(geometry, "SELECT AREA(CIRCLE(0, 0, 1)) FROM t");
        assertThat(circle).contains("COS(RADIANS(1))");
        String polygon = step(geometry, "SELECT AREA(POLYGON(0, 0, 1, 0, 1, 1, 0, 1)) FROM t");
        double area = Double.parseDouble(polygon.replaceAll("SELECT (\\S+) FROM t", "$1"));
        assertThat(area).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThatThrownBy(() -> step(geometry, "SELECT AREA(s_region) FROM t"))
                .isInstanceOf(AdqlTranslationException.class);
    }

    @Test
    void coordSysAndPointColumns() {
        assertThat(step(
                        geometry,
                        "SELECT COORDSYS(POINT('GALACTIC', 1, 2)), COORDSYS(POINT(1, 2)), COORDSYS(pos) FROM t"))
                .isEqualTo("SELECT 'GALACTIC', 'ICRS', 'ICRS' FROM t");
        assertThat(step(geometry, "SELECT COORD1(pos), COORD2(pos), COORD1(POINT(1, 2)) FROM t"))
                .isEqualTo("SELECT adql_coord1(pos), adql_coord2(pos), COORD1(POINT(1, 2)) FROM t");
    }
}
