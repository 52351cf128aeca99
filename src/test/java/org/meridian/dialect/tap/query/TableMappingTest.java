// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.adql.AdqlParser;
import org.meridian.dialect.tap.adql.AdqlSemanticException;
import org.meridian.dialect.tap.schema.ObsCoreTable;
import org.meridian.dialect.tap.schema.RawTable;
import org.meridian.dialect.tap.schema.TableSet;
import org.meridian.dialect.tap.schema.TapColumn;
import org.meridian.dialect.tap.schema.TapSchemaTables;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.store.SqlFragment;

class TableMappingTest {

    private static final TapTable STARS = new TapTable(
            "cat",
            "cat.stars",
            "table",
            null,
            "",
            List.of(TapColumn.scalar("ra", "double")
                    .unit("deg")
                    .ucd("pos.eq.ra")
                    .description("")
                    .build()),
            new TapTable.Public("cat", "stars"));

    private static final TableSet TABLES =
            new TableSet(List.of(ObsCoreTable.table(), RawTable.table(), STARS)).with(TapSchemaTables.tables());

    private static final Caller MEMBER = new Caller(7L, "pi", false, Set.of("P1"), Set.of(), Set.of(), null);

    private static SqlFragment sql(String adql, Caller caller) {
        return TapQueryRunner.compile(AdqlParser.parse(adql), TABLES, caller).sql();
    }

    @Test
    void obscoreBecomesAnAccessFilteredSubqueryAliasedByItsName() {
        SqlFragment f = sql("SELECT ivoa.ObsCore.obs_id FROM ivoa.ObsCore WHERE s_ra > 10", Caller.ANONYMOUS);
        assertThat(f.sql())
                .startsWith("SELECT ObsCore.obs_id FROM (select o.dataproduct_type, ")
                .contains(" from ivoa.obscore_all o where "
                        + Access.listed(Caller.ANONYMOUS, "o").sql())
                .contains(") AS ObsCore WHERE");
        assertThat(f.params()).isEmpty();
    }

    @Test
    void theCallersProgramsBecomeParametersInPlaceholderOrder() {
        SqlFragment f = sql(
                "SELECT r.dp_id FROM dbo.raw AS r WHERE EXISTS (SELECT 1 FROM ivoa.ObsCore AS c WHERE c.obs_id = 'x')",
                MEMBER);
        assertThat(f.sql()).contains("dbo.raw_all o", "ivoa.obscore_all o", ") AS r", ") AS c");
        assertThat(f.params()).containsExactly(Set.of("P1"), Set.of("P1"));
        assertThat(f.sql().chars().filter(ch -> ch == '?').count()).isEqualTo(2);
    }

    @Test
    void publicTablesKeepTheirNamesAndAliases() {
        SqlFragment f = sql("SELECT TOP 3 s.ra FROM cat.stars AS s", Caller.ANONYMOUS);
        assertThat(f.sql()).isEqualTo("SELECT s.ra FROM \"cat\".\"stars\" AS s LIMIT 3");
        assertThat(sql("SELECT COUNT(*) FROM TAP_SCHEMA.Tables", Caller.ANONYMOUS)
                        .sql())
                .contains("\"tap_schema\".\"tables\"");
    }

    @Test
    void unpublishedTablesAreRefusedButWithNamesAreKept() {
        assertThatThrownBy(() -> sql("SELECT * FROM observation", Caller.ANONYMOUS))
                .isInstanceOf(AdqlSemanticException.class)
                .hasMessageContaining("unknown table 'observation'");
        assertThatThrownBy(() -> sql("SELECT * FROM ivoa.obscore_all", Caller.ANONYMOUS))
                .isInstanceOf(AdqlSemanticException.class);
        assertThat(sql("WITH x AS (SELECT ra FROM cat.stars) SELECT * FROM x", Caller.ANONYMOUS)
                        .sql())
                .contains("FROM x");
    }

    @Test
    void staffSeeEverything() {
        Caller staff = new Caller(1L, "admin", true, Set.of(), Set.of(), Set.of(), null);
        assertThat(sql("SELECT * FROM ivoa.ObsCore", staff).sql()).contains("o where true)");
    }
}
