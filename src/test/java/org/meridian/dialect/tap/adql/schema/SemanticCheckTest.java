// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.AdqlParser;
import org.meridian.dialect.tap.adql.AdqlSemanticException;
import org.meridian.dialect.tap.adql.ast.AdqlWriter;

class SemanticCheckTest {
    private static String check(String adql) {
        return AdqlWriter.write(new SemanticCheck(TestCatalogs.sample()).apply(AdqlParser.parse(adql)));
    }

    private static AdqlSemanticException failure(String adql) {
        try {
            check(adql);
        } catch (AdqlSemanticException e) {
            return e;
        }
        throw new AssertionError("no semantic error for " + adql);
    }

    @Test
    void columnsAreQualifiedAndNamesCanonical() {
        assertThat(check("SELECT RA, s.Dec FROM Gaia.SOURCE AS s WHERE phot_g_mean_mag < 10 ORDER BY ra"))
                .isEqualTo("SELECT s.ra, s.dec FROM gaia.source AS s WHERE s.phot_g_mean_mag < 10 ORDER BY s.ra ASC");
        assertThat(check("SELECT source.ra FROM source")).isEqualTo("SELECT gaia.source.ra FROM gaia.source");
        assertThat(check("SELECT flux FROM mixed"))
                .isEqualTo("SELECT \"public\".\"Mixed\".\"Flux\" FROM \"public\".\"Mixed\""); // PUBLIC is reserved
    }

    @Test
    void unknownTableNamesItAndSuggests() {
        AdqlSemanticException e = failure("SELECT * FROM gaia.soruce");
        assertThat(e).hasMessageContaining("unknown table 'gaia.soruce'").hasMessageContaining("gaia.source");
        assertThat(e.name()).contains("gaia.soruce");
        assertThat(e.suggestion()).contains("gaia.source");
        assertThat(failure("SELECT * FROM whatever").suggestion()).isEmpty();
    }

    @Test
    void unknownColumnNamesItAndSuggests() {
        assertThat(failure("SELECT phot_g_mean_mg FROM gaia.source"))
                .hasMessageContaining("unknown column 'phot_g_mean_mg'")
                .hasMessageContaining("did you mean phot_g_mean_mag");
        assertThat(failure("SELECT s.sra FROM ivoa.obscore AS s"))
                .hasMessageContaining("unknown column 'sra' in s")
                .hasMessageContaining("s_ra");
        assertThat(failure("SELECT x.ra FROM gaia.source AS s")).hasMessageContaining("'x' is not a table or alias");
    }

    @Test
    void errorsCarryThePositionOfTheName() {
        AdqlSemanticException column = failure("SELECT ra,\n  phot_g_mean_mg FROM gaia.source");
        assertThat(column.line()).isEqualTo(2);
        assertThat(column.column()).isEqualTo(3);
        assertThat(column).hasMessageStartingWith("line 2, column 3: unknown column");
        AdqlSemanticException table = failure("SELECT * FROM gaia.source AS s JOIN nowhere AS n ON s.ra = n.ra");
        assertThat(table.line()).isEqualTo(1);
        assertThat(table.column()).isEqualTo(37);
        assertThat(failure("SELECT s.ra FROM gaia.source AS s WHERE t.dec > 0").column())
                .isEqualTo(41);
    }

    @Test
    void delimitedIdentifiersAreCaseSensitive() {
        assertThat(check("SELECT \"Flux\" FROM \"Mixed\"")).contains("\"Flux\"");
        assertThat(failure("SELECT \"flux\" FROM \"Mixed\"")).hasMessageContaining("'flux'");
        assertThat(failure("SELECT id FROM \"mixed\"")).hasMessageContaining("unknown table 'mixed'");
    }

    @Test
    void ambiguousColumnsFailButUsingColumnsDoNot() {
        assertThat(failure("SELECT ra FROM gaia.source AS a, tap_upload.mine AS b"))
                .hasMessageContaining("'ra' is ambiguous")
                .hasMessageContaining("a and b");
        assertThat(check("SELECT ra, id FROM gaia.source JOIN tap_upload.mine USING (ra)"))
                .startsWith("SELECT ra, tap_upload.mine.id");
    }

    @Test
    void subqueriesWithAndCorrelation() {
        assertThat(check("WITH bright AS (SELECT source_id AS sid, ra FROM gaia.source WHERE phot_g_mean_mag < 5) "
                        + "SELECT b.sid, ra FROM bright AS b"))
                .endsWith("SELECT b.sid, b.ra FROM bright AS b");
        assertThat(check("SELECT q.n FROM (SELECT COUNT(*) AS n FROM gaia.source) AS q"))
                .startsWith("SELECT q.n FROM");
        assertThat(check("SELECT id FROM tap_upload.mine AS m WHERE EXISTS "
                        + "(SELECT * FROM gaia.source AS s WHERE s.source_id = id)"))
                .contains("s.source_id = m.id");
        assertThat(failure("SELECT b.nope FROM (SELECT ra FROM gaia.source) AS b"))
                .hasMessageContaining("'nope'");
    }

    @Test
    void orderByMayUseSelectAliases() {
        assertThat(check("SELECT ra * 2 AS twice FROM gaia.source ORDER BY twice"))
                .endsWith("ORDER BY twice ASC");
    }
}
