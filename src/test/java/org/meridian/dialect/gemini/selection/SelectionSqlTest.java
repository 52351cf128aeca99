// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meridian.dialect.gemini.selection.Parsing.parse;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.meridian.dialect.gemini.selection.Criterion.Flag;
import org.meridian.store.SqlFragment;

class SelectionSqlTest {

    private static SqlFragment where(String path) {
        return SelectionSql.where(parse(path));
    }

    @Test
    void anEmptySelectionSelectsEverything() {
        assertThat(where("")).isEqualTo(SqlFragment.TRUE);
        assertThat(where("AnyQA/includeengineering")).isEqualTo(SqlFragment.TRUE);
    }

    @Test
    void gmosIsEitherGmos() {
        assertThat(where("GMOS").sql()).isEqualTo("o.instrument in ('GMOS-N', 'GMOS-S')");
        assertThat(where("GMOS-S").params()).containsExactly("GMOS-S");
    }

    @Test
    void fragmentsAndWithAnAccessPredicate() {
        SqlFragment access = new SqlFragment("o.release <= ?", List.of("x"));
        SqlFragment both = where("GMOS-N/Pass").and(access);
        assertThat(both.sql()).endsWith("and (o.release <= ?)");
        assertThat(both.params()).containsExactly("GMOS-N", "x");
        assertThat(SqlFragment.TRUE.and(access)).isEqualTo(access);
    }

    @Test
    void singleRaNearZeroWrapsInsteadOfGoingNegative() {
        SqlFragment f = where("ra=0.01/sr=72");
        assertThat(f.sql()).contains("o.ra >= ? or o.ra < ?");
        assertThat((Double) f.params().get(0)).isCloseTo(359.99, org.assertj.core.data.Offset.offset(1e-9));
        assertThat((Double) f.params().get(1)).isCloseTo(0.03, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void raBoxWidensWithDecAndVanishesAtThePole() {
        SqlFragment f = where("ra=100/dec=60/sr=36");
        // dec ± 0.01, then ra ± 0.01 / cos(60°) = ± 0.02
        assertThat(f.params().subList(0, 4))
                .satisfiesExactly(
                        lo -> assertThat((Double) lo).isCloseTo(59.99, org.assertj.core.data.Offset.offset(1e-9)),
                        hi -> assertThat((Double) hi).isCloseTo(60.01, org.assertj.core.data.Offset.offset(1e-9)),
                        lo -> assertThat((Double) lo).isCloseTo(99.98, org.assertj.core.data.Offset.offset(1e-9)),
                        hi -> assertThat((Double) hi).isCloseTo(100.02, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(where("ra=100/dec=90/sr=36").sql()).doesNotContain("o.ra");
    }

    @Test
    void objectIsIgnoredWhenCoordinatesAreGiven() {
        assertThat(where("object=M101").sql()).contains("o.object ilike ?");
        assertThat(where("object=M101/ra=1-2").sql()).doesNotContain("o.object");
        assertThat(PositionSql.objectPattern("*M101*")).isEqualTo("%M101%");
        assertThat(PositionSql.objectPattern("pauls_kewl*")).isEqualTo("pauls\\_kewl%");
        assertThat(PositionSql.objectPattern("100%")).isEqualTo("100\\%");
    }

    @Test
    void positionalSearchesHideProprietaryCoordinates() {
        assertThat(where("az=1-2").sql()).contains("(not o.proprietary_coordinates or (o.release is null");
        assertThat(where("GMOS-N").sql()).doesNotContain("proprietary");
    }

    @Test
    void focalPlaneMaskDependsOnInstrument() {
        assertThat(where("GMOS-N/mask=1.0arc").sql()).contains("o.focal_plane_mask like ?");
        assertThat(where("GMOS-N/mask=1.0arc").params()).contains("1.0arc%");
        assertThat(where("trecs/mask=1.21").params()).contains("%1.21%");
        assertThat(where("niri/mask=f6-2pix").sql()).contains("o.focal_plane_mask = ?");
    }

    @Test
    void gnirsCrossDispersedNames() {
        assertThat(where("GNIRS/disperser=32lXD").params()).contains("32_mm&SXD", "32_mm&LXD");
        assertThat(where("B600").params()).containsExactly("B600", "B600_%");
    }

    @Test
    void publicationSearchIsRefusedPlainly() {
        assertThatThrownBy(() -> where("publication=2020ApJ...1..1X"))
                .isInstanceOf(SelectionException.class)
                .hasMessage("publication searches are not supported by this archive");
    }

    @Test
    void resultShapes() {
        Selection open = parse("GMOS-N/NotFail");
        ResultShape summary = ResultShape.of(Feature.JSONSUMMARY, open);
        assertThat(summary.limit()).isEqualTo(OptionalInt.of(500));
        assertThat(summary.marksTruncation()).isTrue();
        assertThat(summary.orderByAndLimit())
                .isEqualTo("order by f.name asc, o.ut_start desc nulls last, v.id limit 500");

        Selection closed = parse("GMOS-N/20101231", "data_label_desc");
        ResultShape list = ResultShape.of(Feature.JSONFILELIST, closed);
        assertThat(list.orderByAndLimit())
                .isEqualTo("order by o.data_label desc, o.ut_start asc nulls last, v.id limit 2000");
        assertThat(list.marksTruncation()).isFalse();

        assertThat(ResultShape.of(Feature.SUMMARY, open).orderByAndLimit())
                .isEqualTo("order by o.ut_start desc nulls last, v.id limit 500");
        assertThat(ResultShape.of(Feature.JSONQASTATE, open).limit()).isEmpty();
    }

    @Test
    void canonicalDefaults() {
        Selection plain = parse("GMOS-N");
        assertThat(Feature.JSONSUMMARY.withDefaults(plain).get(Key.CANONICAL)).contains(new Flag(Key.CANONICAL, true));
        assertThat(Feature.JSONQASTATE.withDefaults(plain).get(Key.CANONICAL)).contains(new Flag(Key.CANONICAL, true));
        assertThat(Feature.JSONFILELIST.withDefaults(plain).has(Key.CANONICAL)).isFalse();
        Selection old = parse("GMOS-N/notcanonical");
        assertThat(Feature.JSONSUMMARY.withDefaults(old).get(Key.CANONICAL)).contains(new Flag(Key.CANONICAL, false));
    }
}
