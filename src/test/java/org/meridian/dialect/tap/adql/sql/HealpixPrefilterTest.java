// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.AdqlParser;
import org.meridian.dialect.tap.adql.ast.AdqlWriter;
import org.meridian.dialect.tap.adql.schema.SchemaCatalog;
import org.meridian.dialect.tap.adql.schema.SemanticCheck;
import org.meridian.dialect.tap.adql.schema.TestCatalogs;
import org.meridian.sky.Healpix;

class HealpixPrefilterTest {
    private static final SchemaCatalog CATALOG = TestCatalogs.sample();
    private static final Pattern RANGE = Pattern.compile("s\\.hpx BETWEEN (\\d+) AND (\\d+)");

    private static String filtered(String adql) {
        var resolved = new SemanticCheck(CATALOG).apply(AdqlParser.parse(adql));
        return AdqlWriter.write(new HealpixPrefilter(CATALOG).apply(resolved));
    }

    private static boolean covers(String written, double ra, double dec) {
        long pixel = Healpix.ang2pix(29, ra, dec);
        Matcher m = RANGE.matcher(written);
        while (m.find()) if (Long.parseLong(m.group(1)) <= pixel && pixel <= Long.parseLong(m.group(2))) return true;
        return false;
    }

    @Test
    void coneGetsRangesInFrontOfTheExactPredicate() {
        String out = filtered("SELECT source_id FROM gaia.source AS s "
                + "WHERE 1 = CONTAINS(POINT(ra, dec), CIRCLE(266.4, -29.0, 0.05)) AND phot_g_mean_mag < 18");
        assertThat(out).contains("s.hpx BETWEEN").contains(") AND 1 = CONTAINS(POINT(s.ra, s.dec)");
        assertThat(out.indexOf("s.hpx BETWEEN")).isLessThan(out.indexOf("CONTAINS"));
        assertThat(covers(out, 266.4, -29.0)).isTrue();
        assertThat(covers(out, 266.4, -29.04)).isTrue();
        assertThat(covers(out, 266.4, -28.0)).isFalse();
    }

    @Test
    void distanceInEitherOrderAndComparisonDirection() {
        for (String where : new String[] {
            "DISTANCE(POINT(ra, dec), POINT(359.99, 0.5)) < 0.1",
            "DISTANCE(POINT(359.99, 0.5), POINT(ra, dec)) <= 0.1",
            "0.1 > DISTANCE(POINT(ra, dec), POINT(359.99, 0.5))"
        }) {
            String out = filtered("SELECT * FROM gaia.source AS s WHERE " + where);
            assertThat(out).as(where).contains("s.hpx BETWEEN");
            assertThat(covers(out, 0.05, 0.5)).as("across RA 0: " + where).isTrue();
            assertThat(covers(out, 359.92, 0.5)).isTrue();
        }
    }

    @Test
    void polygonAndBoxAtThePole() {
        String polygon = filtered("SELECT * FROM gaia.source AS s WHERE "
                + "CONTAINS(POINT(ra, dec), POLYGON(0, 88, 120, 88, 240, 88)) = 1");
        assertThat(covers(polygon, 45, 89.9)).isTrue();
        assertThat(covers(polygon, 45, 80)).isFalse();
        String box = filtered(
                "SELECT * FROM gaia.source AS s WHERE " + "CONTAINS(POINT(s.ra, s.dec), BOX(10, -(20), 2, 1)) = 1");
        assertThat(covers(box, 10.9, -19.6)).isTrue();
    }

    @Test
    void onlyTopLevelAndTermsOnTablesWithHpx() {
        String cone = "CONTAINS(POINT(ra, dec), CIRCLE(10, 20, 1)) = 1";
        assertThat(filtered("SELECT * FROM gaia.source AS s WHERE " + cone + " OR ra > 3"))
                .doesNotContain("hpx");
        assertThat(filtered("SELECT * FROM gaia.source AS s WHERE NOT (" + cone + ")"))
                .doesNotContain("hpx");
        assertThat(filtered("SELECT * FROM tap_upload.mine AS s WHERE " + cone)).doesNotContain("hpx");
        assertThat(filtered("SELECT * FROM gaia.source AS s WHERE CONTAINS(POINT(ra, dec), CIRCLE(10, dec, 1)) = 1"))
                .doesNotContain("hpx");
        assertThat(filtered("SELECT * FROM (SELECT * FROM gaia.source AS s WHERE " + cone + ") AS q"))
                .contains("s.hpx BETWEEN");
    }

    @Test
    void joinedTablesUseTheirOwnHpx() {
        String out = filtered("SELECT m.id FROM tap_upload.mine AS m JOIN gaia.source AS s "
                + "ON s.source_id = m.id WHERE DISTANCE(POINT(s.ra, s.dec), POINT(10, 10)) < 0.5");
        assertThat(out).contains("s.hpx BETWEEN");
        assertThat(covers(out, 10.2, 10.2)).isTrue();
    }
}
