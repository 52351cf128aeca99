// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestDurationTest {
    private final RequestDuration durations = new RequestDuration(TelescopeNetwork.builtIn());

    @Test
    void sbigBinOneWorkedExampleIs5544Seconds() {
        // 5400 + 35 + 1 + 5 + 11 + 2 (one filter run) + 90
        assertThat(durations.seconds(List.of(Molecule.expose("1M0-SCICAM-SBIG", "air", 5400, 1, 1))))
                .isEqualTo(5544);
    }

    @Test
    void defaultBinningUsesTheDefaultReadout() {
        // 100 + 14.5 + 1 = 115.5 per exposure; 2×115.5 + 16 + 2 + 90 = 339
        assertThat(durations.seconds(List.of(Molecule.expose("1M0-SCICAM-SBIG", "air", 100, 2, null))))
                .isEqualTo(339);
    }

    @Test
    void filterChangesCountRunsOfConsecutiveFilters() {
        List<Molecule> mols = List.of(
                Molecule.expose("1M0-SCICAM-SBIG", "B", 10, 1, 2),
                Molecule.expose("1M0-SCICAM-SBIG", "B", 10, 1, 2),
                Molecule.expose("1M0-SCICAM-SBIG", "V", 10, 1, 2),
                Molecule.expose("1M0-SCICAM-SBIG", "B", 10, 1, 2));
        // 4 × (25.5 + 16) + 3 runs × 2 + 90 = 262
        assertThat(durations.seconds(mols)).isEqualTo(262);
    }

    @Test
    void floydsAddsConfigChangesAndAcquisition() {
        Molecule arc = new Molecule("ARC", "2M0-FLOYDS-SCICAM", "slit_1.6as", 60, 1, 1, 1, null, null, null, "ON");
        Molecule spectrum = new Molecule(
                "SPECTRUM",
                "2M0-FLOYDS-SCICAM",
                "slit_1.6as",
                900,
                1,
                1,
                1,
                null,
                Molecule.AcquireMode.WCS,
                null,
                "ON");
        // arc 60+25+0.5+16 = 101.5; spectrum 900+25.5+16 = 941.5; 2 type runs × 30; acquisition 30 + 60; padding 240
        assertThat(durations.seconds(List.of(arc, spectrum)))
                .isEqualTo((long) Math.ceil(101.5 + 941.5 + 60 + 90 + 240));
    }

    @Test
    void fillWindowTakesAsManyExposuresAsFit() {
        Request r =
                Fixtures.cadenceRequest().withMolecules(List.of(Molecule.expose("1M0-SCICAM-SBIG", "air", 100, 1, 1)));
        Request filled = durations.fillWindow(r, 0, 3600);
        // others = 244 − 152 = 92; (3600 − 92 − 16) / 136 = 25.6 → 25
        assertThat(filled.molecules().get(0).exposureCount()).isEqualTo(25);
        assertThat(durations.seconds(filled)).isLessThanOrEqualTo(3600);
    }

    @Test
    void unknownInstrumentIsAClearError() {
        assertThatThrownBy(() -> durations.seconds(List.of(Molecule.expose("9M0-NOPE", "air", 1, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9M0-NOPE");
    }
}
