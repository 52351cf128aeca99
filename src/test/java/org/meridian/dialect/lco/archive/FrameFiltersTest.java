// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;

class FrameFiltersTest {

    private static final Caller MEMBER = new Caller(7L, "m", false, Set.of("LCO2016A-001"), Set.of(), Set.of(), null);

    private static FrameFilters.Filter parse(Caller caller, String... kv) {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            params.put(kv[i], List.of(kv[i + 1]));
        }
        return FrameFilters.parse(params, caller, () -> 0.5);
    }

    @Test
    void mapsFieldsOntoCoreColumns() {
        var f = parse(Caller.ANONYMOUS, "proposal_id", "P1", "SITEID", "ogg", "exposure_time", "30", "RLEVEL", "91");
        assertThat(f.where().sql())
                .contains("o.program_id = ?", "o.site_id = ?", "o.exposure_time >= ?", "o.reduction_level = ?");
        assertThat(f.where().params()).containsExactly(30.0, "P1", "ogg", 91);
        assertThat(f.small()).isFalse();
    }

    @Test
    void unknownParametersAreIgnored() {
        assertThat(parse(Caller.ANONYMOUS, "colour", "blue").where().sql()).isEqualTo("true");
    }

    @Test
    void basenameContainsEscapesWildcards() {
        var f = parse(Caller.ANONYMOUS, "basename", "a_b%");
        assertThat(f.where().params()).containsExactly("%a\\_b\\%%");
        assertThat(parse(Caller.ANONYMOUS, "target_name", "Ésö").where().params())
                .containsExactly("%Eso%");
    }

    @Test
    void smallQueriesGetExactCounts() {
        assertThat(parse(Caller.ANONYMOUS, "request_id", "5").small()).isTrue();
        assertThat(parse(Caller.ANONYMOUS, "start", "2016-02-01", "end", "2016-02-08")
                        .small())
                .isTrue();
        assertThat(parse(Caller.ANONYMOUS, "start", "2016-02-01", "end", "2016-02-09")
                        .small())
                .isFalse();
        assertThat(parse(Caller.ANONYMOUS, "start", "2016-01-01", "end", "2016-03-01", "proposal_id", "P")
                        .small())
                .isTrue();
        assertThat(parse(Caller.ANONYMOUS, "force_count", "1").small()).isFalse();
        assertThat(parse(MEMBER, "force_count", "1").small()).isTrue();
    }

    @Test
    void publicFalseDependsOnWhoAsks() {
        assertThat(parse(MEMBER, "public", "false").where().sql()).contains("o.program_id = any(?)");
        assertThat(parse(Caller.ANONYMOUS, "public", "false").where().sql()).contains("not " + Access.released("o"));
        assertThat(parse(Caller.ANONYMOUS, "public", "true").where().sql()).isEqualTo("true");
    }

    @Test
    void badValuesAreFieldErrors() {
        assertThatThrownBy(() -> parse(Caller.ANONYMOUS, "start", "yesterday"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.body()).isEqualTo(Map.of("start", List.of("Enter a valid date/time.")));
                });
        assertThatThrownBy(() -> parse(Caller.ANONYMOUS, "exposure_time", "long"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.body())
                        .isEqualTo(Map.of("exposure_time", List.of("Enter a number."))));
        assertThatThrownBy(() -> parse(Caller.ANONYMOUS, "request_id", "1.5")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> parse(Caller.ANONYMOUS, "public", "maybe")).isInstanceOf(ApiException.class);
    }

    @Test
    void coversNeedsAnExactPoint() {
        assertThatThrownBy(() -> parse(Caller.ANONYMOUS, "covers", "POINT(34.4)"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.body())
                        .isEqualTo(List.of(
                                "Error with covers query: Point must be specified with exact format 'POINT(RA DEC)'")));
        assertThatThrownBy(() -> parse(Caller.ANONYMOUS, "covers", "POINT(10 95)"))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> parse(Caller.ANONYMOUS, "intersects", "POLYGON((1 2, 3 4))"))
                .isInstanceOf(ApiException.class);
        var f = parse(Caller.ANONYMOUS, "covers", "POINT(34.4 -20.9)");
        assertThat(f.where().sql()).contains("o.fp_hpx between ? and ?", "sky_in_polygon(?, ?, o.footprint)");
    }

    @Test
    void orderingFallsBackToTheDefault() {
        assertThat(FrameOrdering.parse("-exposure_time").sql()).isEqualTo("o.exposure_time desc nulls last, o.id desc");
        assertThat(FrameOrdering.parse("secret")).isEqualTo(FrameOrdering.DEFAULT);
    }

    @Test
    void cursorsRoundTrip() {
        Cursor c = new Cursor(true, 1454490357414000L, 42);
        assertThat(Cursor.decode(c.encode())).isEqualTo(c);
        assertThatThrownBy(() -> Cursor.decode("!!")).isInstanceOf(ApiException.class);
    }
}
