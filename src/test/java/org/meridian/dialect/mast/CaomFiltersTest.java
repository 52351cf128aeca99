// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.store.SqlFragment;

class CaomFiltersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SqlFragment sql(String filters) throws Exception {
        JsonNode node = JSON.readTree(filters);
        return CaomFilters.toSql(node, n -> CaomColumns.byName(n).orElse(null));
    }

    @Test
    void exactValuesIgnoreCaseAndSplitOnTheSeparator() throws Exception {
        SqlFragment f = sql("[{\"paramName\":\"filters\",\"separator\":\";\",\"values\":[\"f277w\",\"F444W\"]}]");
        assertThat(f.sql()).contains("string_to_array(upper((o.filter_name)::text), ?) && ?::text[]");
        assertThat(f.params()).containsExactly(";", List.of("F277W", "F444W"));
    }

    @Test
    void plainValuesCompareTheMappedExpression() throws Exception {
        SqlFragment f = sql("[{\"paramName\":\"proposal_id\",\"values\":[\"1073\"]}]");
        assertThat(f.sql()).contains("upper((o.program_id)::text) = any(?)");
        assertThat(f.params()).containsExactly(List.of("1073"));
    }

    @Test
    void continuousColumnsTakeInclusiveRanges() throws Exception {
        SqlFragment f = sql("[{\"paramName\":\"t_exptime\",\"values\":[{\"min\":1,\"max\":\"100\"}]}]");
        assertThat(f.sql()).contains("(o.exposure_time) >= ?").contains("(o.exposure_time) <= ?");
        assertThat(f.params()).containsExactly(1.0, 100.0);
    }

    @Test
    void freeTextIsALikePatternOredWithTheValues() throws Exception {
        SqlFragment f = sql("[{\"paramName\":\"instrument_name\",\"values\":[\"MIRI\"],\"freeText\":\"NIRCAM*\"}]");
        assertThat(f.sql()).contains(" = any(?)").contains(" like ?").contains(") or (");
        assertThat(f.params()).contains("NIRCAM%");
    }

    @Test
    void anInstrumentWithoutAModeMatchesItInEveryMode() throws Exception {
        SqlFragment bare = sql("[{\"paramName\":\"instrument_name\",\"values\":[\"Nircam\", \"MIRI/IMAGE\"]}]");
        assertThat(bare.sql()).contains(" = any(?)").contains(" like any(?)");
        assertThat(bare.params()).containsExactly(List.of("NIRCAM", "MIRI/IMAGE"), List.of("NIRCAM/%"));
        SqlFragment withMode = sql("[{\"paramName\":\"instrument_name\",\"values\":[\"NIRCAM/IMAGE\"]}]");
        assertThat(withMode.sql()).doesNotContain(" like any(?)");
        assertThat(sql("[{\"paramName\":\"instrument_name\",\"values\":[\"a_b%\"]}]")
                        .params())
                .contains(List.of("A\\_B\\%/%"));
        assertThat(sql("[{\"paramName\":\"target_name\",\"values\":[\"NIRCAM\"]}]")
                        .sql())
                .doesNotContain(" like any(?)");
    }

    @Test
    void filtersAreAnded() throws Exception {
        SqlFragment f = sql("[{\"paramName\":\"obs_collection\",\"values\":[\"JWST\"]},"
                + "{\"paramName\":\"calib_level\",\"values\":[\"3\"]}]");
        assertThat(f.sql()).contains(") and (");
        assertThat(f.sql()).contains("max(cf.calib_level)");
    }

    @Test
    void anEmptyFilterSelectsNothing() throws Exception {
        assertThat(sql("[{\"paramName\":\"obs_id\",\"values\":[]}]").sql()).contains("false");
        assertThat(sql("[]")).isEqualTo(SqlFragment.TRUE);
    }

    @Test
    void refusesWhatItCannotMap() {
        // Each filter list a client could send that CAOM filters cannot map, to what its refusal names.
        Map<String, String> refused = Map.of(
                "[{\"paramName\":\"no_such\",\"values\":[\"x\"]}]", "no_such",
                "{\"paramName\":\"obs_id\"}", "list",
                "[{\"values\":[\"x\"]}]", "paramName",
                "[{\"paramName\":\"t_min\",\"values\":[{\"min\":\"soon\"}]}]", "not a number",
                "[{\"paramName\":\"obs_id\",\"values\":[{\"min\":1}]}]", "not numeric",
                "[{\"paramName\":\"filters\",\"separator\":\"');--\",\"values\":[\"x\"]}]", "separator");
        refused.forEach((filters, named) -> assertThatThrownBy(() -> sql(filters))
                .as(filters)
                .isInstanceOf(MastException.class)
                .hasMessageContaining(named));
    }
}
