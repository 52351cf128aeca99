// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meridian.dialect.tap.adql.sql.StepTests.resolvedStep;

import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.AdqlException;
import org.meridian.dialect.tap.adql.AdqlTranslationException;
import org.meridian.dialect.tap.adql.schema.TestCatalogs;
import org.meridian.sky.SphericalPolygon;

/**
 * The translation of the places where a differential test against another TAP service found this
 * one at odds with ADQL 2.1 and DALI 1.1 (issue 22); AdqlPostgresIT runs the same queries on data.
 */
class Adql21ConformanceTest {
    private static String sql(String adql) {
        return SqlTranslator.withoutSchema().translate(adql);
    }

    /** ADQL 2.1 §4.6.5: TOP and ORDER BY of a set operation's operand belong to that operand. */
    @Test
    void setOperationOperandsKeepTheirOwnTopAndOrderBy() {
        assertThat(sql("SELECT COUNT(*) FROM (SELECT TOP 1 a FROM t UNION SELECT TOP 3 a FROM u ORDER BY a) AS x"))
                .isEqualTo("SELECT COUNT(*) FROM ((SELECT a FROM t LIMIT 1) UNION"
                        + " (SELECT a FROM u ORDER BY a ASC LIMIT 3)) AS x");
        assertThat(sql("(SELECT TOP 1 a FROM t ORDER BY a DESC) EXCEPT (SELECT a FROM u OFFSET 2)"))
                .isEqualTo("(SELECT a FROM t ORDER BY a DESC LIMIT 1) EXCEPT (SELECT a FROM u OFFSET 2)");
        // operands without their own limits stay bare
        assertThat(sql("SELECT a FROM t UNION ALL SELECT a FROM u"))
                .isEqualTo("SELECT a FROM t UNION ALL SELECT a FROM u");
    }

    /** ADQL 2.1 §4.2.9: the BOX is the STC box, not a range of RA and Dec. */
    @Test
    void boxCornersLieOnTheStandardsCross() {
        // w = 10, h = 4 at (150, 60): the sides cross the centre's meridian 2° north and south of the
        // centre, and the great circle perpendicular to it 5° east and west of the centre
        SphericalPolygon box = BoxCorners.polygon(150, 60, 10, 4);
        double[] ne = box.vertices().get(0);
        double[] nw = box.vertices().get(1);
        double[] midNorth = midpoint(ne, nw);
        assertThat(midNorth[0]).isCloseTo(150, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(midNorth[1]).isCloseTo(62, org.assertj.core.data.Offset.offset(1e-9));
        double[] sw = box.vertices().get(2);
        double[] se = box.vertices().get(3);
        double[] midEast = midpoint(ne, se);
        assertThat(distance(midEast, new double[] {150, 60})).isCloseTo(5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(distance(midpoint(nw, sw), new double[] {150, 60}))
                .isCloseTo(5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void areaOfABoxIsItsSphericalArea() {
        // a small box is nearly its tangent-plane rectangle, w × h square degrees, wherever it is
        String sql = sql("SELECT AREA(BOX(150, 60, 1, 0.5)) FROM t");
        double area = Double.parseDouble(sql.substring("SELECT ".length(), sql.indexOf(" FROM")));
        assertThat(area).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void boxAcrossRaZeroWrapsItsCorners() {
        for (double[] v : BoxCorners.polygon(359, 10, 6, 2).vertices())
            assertThat(v[0]).isBetween(0.0, 360.0);
        assertThat(sql("SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), BOX(359, 10, 6, 2)) = 1"))
                .contains("sky_in_polygon(ra, dec, ARRAY[");
    }

    @Test
    void boxOfColumnsIsComputedInSql() {
        assertThat(sql("SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), BOX(bra, bdec, 1, 1)) = 1"))
                .contains("atan2d(")
                .contains("asind(")
                .contains("tand((1 / 2.0))");
    }

    /** ADQL 2.1 §4.2.11 and §4.2.19 (and the BNF): shapes from POINTs, without coordinate system. */
    @Test
    void shapesAcceptPointArguments() {
        assertThat(sql("SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), CIRCLE(POINT(10, 20), 0.5)) = 1"))
                .isEqualTo("SELECT * FROM t WHERE sky_distance(ra, dec, 10, 20) <= 0.5");
        assertThat(sql("SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), CIRCLE('ICRS', POINT(10, 20), 0.5)) = 1"))
                .isEqualTo("SELECT * FROM t WHERE sky_distance(ra, dec, 10, 20) <= 0.5");
        assertThat(sql("SELECT * FROM t WHERE 1 = CONTAINS(POINT(ra, dec), POLYGON(POINT(1, 2), POINT(3, 4),"
                        + " POINT(5, 6)))"))
                .isEqualTo(
                        "SELECT * FROM t WHERE sky_in_polygon(ra, dec, ARRAY[1, 2, 3, 4, 5, 6]::double precision[])");
        assertThatThrownBy(() -> sql(
                        "SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), POLYGON(POINT(1, 2)," + " POINT(3, 4))) = 1"))
                .isInstanceOf(AdqlException.class)
                .hasMessageContaining("POLYGON takes at least 6 arguments (a POINT counts as two), not 4");
    }

    /** DALI 1.1 §3.3.5–3.3.7 and ADQL 2.1 §4.2.4: values outside the coordinate ranges are errors. */
    @Test
    void outOfRangeGeometryIsAnError() {
        assertThatThrownBy(() -> sql("SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), CIRCLE(10, 95, 1)) = 1"))
                .isInstanceOf(AdqlTranslationException.class)
                .hasMessage("CIRCLE latitude must be between -90 and 90 degrees, got 95.0, in CIRCLE(10, 95, 1)");
        assertThatThrownBy(() -> sql("SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), CIRCLE(10, 20, -1)) = 1"))
                .hasMessageContaining("CIRCLE radius must be between 0 and 180 degrees, got -1");
        assertThatThrownBy(() -> sql("SELECT * FROM t WHERE CONTAINS(POINT(10, -91), CIRCLE(10, 20, 1)) = 1"))
                .hasMessageContaining("POINT latitude");
        assertThatThrownBy(() -> sql("SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), POLYGON(1, 2, 3, 100, 5, 6)) = 1"))
                .hasMessageContaining("POLYGON latitude");
        assertThatThrownBy(() -> sql("SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), BOX(1, 2, 0, 6)) = 1"))
                .hasMessageContaining("BOX width and height");
        // longitudes outside [0, 360) are wrapped, as before: clients write RA ranges across 0 so
        assertThat(sql("SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), CIRCLE(-10, 20, 1)) = 1"))
                .contains("sky_distance(ra, dec, (-10), 20)");
    }

    /** ADQL 2.1 §2.3: MOD takes any numeric values; PostgreSQL's mod only integers and numeric. */
    @Test
    void modOfNonIntegersIsComputedAsNumeric() {
        NumericTypes step = new NumericTypes(TestCatalogs.sample());
        assertThat(resolvedStep(step, "SELECT MOD(ra, 1.5), MOD(n_obs, 2), MOD(source_id, n_obs) FROM gaia.source"))
                .isEqualTo(
                        "SELECT CAST(MOD(CAST(gaia.source.ra AS NUMERIC), CAST(1.5 AS NUMERIC)) AS DOUBLE PRECISION),"
                                + " MOD(gaia.source.n_obs, 2), MOD(gaia.source.source_id, gaia.source.n_obs) FROM gaia.source");
    }

    /** ADQL 2.1 §2.3 aggregates: a SUM over single-precision values adds in double precision. */
    @Test
    void sumOverRealAddsInDoublePrecision() {
        NumericTypes step = new NumericTypes(TestCatalogs.sample());
        assertThat(resolvedStep(step, "SELECT SUM(phot_g_mean_mag), SUM(ra), AVG(phot_g_mean_mag) FROM gaia.source"))
                .isEqualTo("SELECT SUM(CAST(gaia.source.phot_g_mean_mag AS DOUBLE PRECISION)), SUM(gaia.source.ra),"
                        + " AVG(gaia.source.phot_g_mean_mag) FROM gaia.source");
    }

    private static double[] midpoint(double[] a, double[] b) {
        double[] va = vector(a);
        double[] vb = vector(b);
        double x = va[0] + vb[0];
        double y = va[1] + vb[1];
        double z = va[2] + vb[2];
        double n = Math.sqrt(x * x + y * y + z * z);
        double ra = Math.toDegrees(Math.atan2(y / n, x / n));
        return new double[] {ra < 0 ? ra + 360 : ra, Math.toDegrees(Math.asin(z / n))};
    }

    private static double[] vector(double[] p) {
        double ra = Math.toRadians(p[0]);
        double dec = Math.toRadians(p[1]);
        return new double[] {Math.cos(dec) * Math.cos(ra), Math.cos(dec) * Math.sin(ra), Math.sin(dec)};
    }

    private static double distance(double[] a, double[] b) {
        double[] va = vector(a);
        double[] vb = vector(b);
        double dot = va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2];
        return Math.toDegrees(Math.acos(Math.min(1, dot)));
    }
}
