// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** valhalla's test_cadence vectors on its configdb test site 'tst', with now = 2016-09-01. */
class CadenceTest {
    private static final Instant NOW = Instant.parse("2016-09-01T00:00:00Z");
    private final Cadence cadence = new Cadence(Fixtures.tstNetwork());

    private List<Request> expand(String end, double period, double jitter) {
        return cadence.expand(
                Fixtures.cadenceRequest(),
                new Cadence.Spec(Instant.parse("2016-09-01T00:00:00Z"), Instant.parse(end), period, jitter),
                NOW);
    }

    @Test
    void twoDaysGiveTwoRequests() {
        List<Request> out = expand("2016-09-03T00:00:00Z", 24, 12);
        assertThat(out).hasSize(2);
        assertThat(out.get(1).windows())
                .containsExactly(
                        new Window(Instant.parse("2016-09-01T18:00:00Z"), Instant.parse("2016-09-02T06:00:00Z")));
    }

    @Test
    void aMonthGivesTwentySixRequests() {
        assertThat(expand("2016-10-01T00:00:00Z", 24, 12)).hasSize(26);
    }

    @Test
    void boundedAndOverlappingWindows() {
        assertThat(expand("2016-09-02T00:00:00Z", 24, 12)).hasSize(1);
        assertThat(expand("2016-09-02T00:00:00Z", 1, 2)).hasSize(5);
    }
}
