// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meridian.dialect.tap.adql.sql.StepTests.step;

import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.AdqlTranslationException;

class GeometryPredicatesTest {
    private final GeometryPredicates predicates = new GeometryPredicates();

    @Test
    void pointInCircleOrPolygon() {
        assertThat(step(predicates, "SELECT * FROM t WHERE 1 = CONTAINS(POINT(ra, dec), CIRCLE(10, 20, 0.5))"))
                .isEqualTo("SELECT * FROM t WHERE sky_distance(ra, dec, 10, 20) <= 0.5");
        assertThat(step(predicates, "SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), s_region) = 0"))
                .isEqualTo("SELECT * FROM t WHERE (NOT sky_in_polygon(ra, dec, s_region))");
    }

    @Test
    void storedGeometriesInDistanceAndContains() {
        assertThat(step(predicates, "SELECT DISTANCE(s_region, POINT(1, 2)) FROM t"))
                .isEqualTo("SELECT adql_distance(s_region, 1, 2) FROM t");
        assertThat(step(predicates, "SELECT * FROM t WHERE CONTAINS(s_region, CIRCLE(1, 2, 3)) = 1"))
                .isEqualTo("SELECT * FROM t WHERE adql_in_circle(s_region, 1, 2, 3)");
        assertThat(step(predicates, "SELECT * FROM t WHERE INTERSECTS(CIRCLE(1, 2, 3), s_region) = 1"))
                .isEqualTo("SELECT * FROM t WHERE sky_polygon_intersects_circle(s_region, 1, 2, 3)");
    }

    @Test
    void flagComparisonsOtherThanEqualityAreRejected() {
        assertThatThrownBy(
                        () -> step(predicates, "SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), CIRCLE(1, 2, 3)) > 0"))
                .isInstanceOf(AdqlTranslationException.class)
                .hasMessageContaining("= 1 or = 0");
    }
}
