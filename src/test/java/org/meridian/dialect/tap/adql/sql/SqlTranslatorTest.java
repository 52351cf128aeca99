// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.AdqlParser;
import org.meridian.dialect.tap.adql.AdqlTranslationException;
import org.meridian.dialect.tap.adql.ast.AdqlWriter;

class SqlTranslatorTest {
    private static String sql(String adql) {
        return SqlTranslator.withoutSchema().translate(adql);
    }

    private static String step(RewriteStep step, String adql) {
        return AdqlWriter.write(step.apply(AdqlParser.parse(adql)));
    }

    @Test
    void topBecomesLimitAndNegativeLiteralsStayParenthesised() {
        assertThat(sql("SELECT TOP 5 ra FROM t WHERE dec - -29.3 > 0 ORDER BY ra OFFSET 2"))
                .isEqualTo("SELECT ra FROM t WHERE (dec - (-29.3)) > 0 ORDER BY ra ASC LIMIT 5 OFFSET 2")
                .doesNotContain("--");
    }

    @Test
    void functionMappingRenamesLogTruncateRand() {
        assertThat(step(new FunctionMapping(), "SELECT LOG(a), LOG10(a), TRUNCATE(a, 2), RAND(), CEILING(a) FROM t"))
                .isEqualTo("SELECT ln(a), log(a), trunc(CAST(a AS NUMERIC), 2), random(), ceil(a) FROM t");
    }

    @Test
    void bitwiseXorAndHexArePostgres() {
        assertThat(sql("SELECT a ^ 0x10, ~a, a & b | c FROM t"))
                .isEqualTo("SELECT (a # 16), (~a), ((a & b) | c) FROM t");
    }

    @Test
    void containsPointInCircleBecomesDistancePredicate() {
        assertThat(step(
                        new GeometryPredicates(),
                        "SELECT * FROM t WHERE 1 = CONTAINS(POINT(ra, dec), CIRCLE(10, 20, 0.5))"))
                .isEqualTo("SELECT * FROM t WHERE sky_distance(ra, dec, 10, 20) <= 0.5");
        assertThat(sql("SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), POLYGON(1, 2, 3, 4, 5, 6)) = 0"))
                .isEqualTo(
                        "SELECT * FROM t WHERE (NOT sky_in_polygon(ra, dec, ARRAY[1, 2, 3, 4, 5, 6]::double precision[]))");
    }

    @Test
    void distanceAndInUnit() {
        assertThat(sql("SELECT DISTANCE(POINT(ra, dec), POINT(1, 2)) FROM t WHERE DISTANCE(ra, dec, 1, 2) < 0.1"))
                .isEqualTo("SELECT sky_distance(ra, dec, 1, 2) FROM t WHERE sky_distance(ra, dec, 1, 2) < 0.1");
        assertThatThrownBy(() -> sql("SELECT IN_UNIT(ra, 'furlong') FROM t"))
                .isInstanceOf(AdqlTranslationException.class)
                .hasMessageContaining("furlong");
    }

    @Test
    void joinWithoutConditionGetsOnTrue() {
        assertThat(sql("SELECT * FROM a LEFT JOIN b")).isEqualTo("SELECT * FROM a LEFT OUTER JOIN b ON TRUE");
    }
}
