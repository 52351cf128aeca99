// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.calselector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meridian.core.calibration.CalTarget;
import org.meridian.store.SqlFragment;

/** Which kinds FORS2 and UVES frames need, and what each rule asks of a candidate (docs/architecture.md, "Calibration selection"). */
class EsoCalRulesTest {

    static final Instant UT = Instant.parse("2019-03-02T01:12:00Z");

    static CalTarget frame(String instrument, String type, String mode, Map<String, Object> extra) {
        Map<String, Object> d = new HashMap<>(Map.of(
                "instrument",
                instrument,
                "observation_type",
                type,
                "observation_class",
                type.equals("OBJECT") ? "SCIENCE" : "CALIB",
                "reduction",
                "RAW",
                "mode",
                mode,
                "detector_binning",
                "2x2",
                "detector_readmode_setting",
                "200Kps/2ports/high_gain"));
        d.putAll(extra);
        return new CalTarget(7L, UT, false, d, Set.of());
    }

    static SqlFragment sql(CalTarget t, String kind, boolean processed) {
        return EsoCalRules.forInstrument(t.text("instrument"))
                .flatMap(r -> r.rule(kind))
                .flatMap(r -> r.conditions().build(t, processed))
                .orElseThrow()
                .condition();
    }

    @Test
    void fors2ImagingNeedsBiasFlatAndStandardAndItsFlatsNeedBiases() {
        CalTarget science = frame("FORS2", "OBJECT", "IMG", Map.of("filter_name", "R_SPECIAL"));
        assertThat(EsoCalRules.forInstrument("FORS2").orElseThrow().kinds(science))
                .containsExactly("bias", "flat", "standard");
        CalTarget flat = frame("FORS2", "FLAT,SKY", "IMG", Map.of("filter_name", "R_SPECIAL"));
        assertThat(EsoCalRules.forInstrument("FORS2").orElseThrow().kinds(flat)).containsExactly("bias");
        CalTarget bias = frame("FORS2", "BIAS", "IMG", Map.of());
        assertThat(EsoCalRules.forInstrument("FORS2").orElseThrow().kinds(bias)).isEmpty();
        CalTarget longSlit = frame("FORS2", "OBJECT", "LSS", Map.of("disperser", "GRIS_300V"));
        assertThat(EsoCalRules.forInstrument("FORS2").orElseThrow().kinds(longSlit))
                .containsExactly("bias", "flat", "arc", "standard");
    }

    @Test
    void aMasterNeedsNothingMore() {
        CalTarget master = frame("FORS2", "MASTER_BIAS", "IMG", Map.of("reduction", "MASTER"));
        assertThat(EsoCalRules.forInstrument("FORS2").orElseThrow().kinds(master))
                .isEmpty();
    }

    @Test
    void fors2FlatsMatchFilterBinningAndReadClockWithinAWeek() {
        CalTarget science = frame("FORS2", "OBJECT", "IMG", Map.of("filter_name", "R_SPECIAL"));
        SqlFragment raw = sql(science, "flat", false);
        assertThat(raw.sql())
                .contains("o.reduction = 'RAW'", "o.observation_type = ?", "o.filter_name = ?")
                .contains("o.detector_binning = ?", "o.detector_readmode_setting = ?", "o.ut_start > ?");
        assertThat(raw.params()).contains("FLAT,SKY", "R_SPECIAL", "2x2", "200Kps/2ports/high_gain");
        SqlFragment master = sql(science, "flat", true);
        assertThat(master.params()).contains("MASTER", "MASTER_SKY_FLAT_IMG", "R_SPECIAL");
    }

    @Test
    void standardsAndFors2ArcsHaveNoMasters() {
        CalTarget science = frame("FORS2", "OBJECT", "LSS", Map.of("disperser", "GRIS_300V"));
        assertThat(EsoCalRules.forInstrument("FORS2")
                        .flatMap(r -> r.rule("standard"))
                        .flatMap(r -> r.conditions().build(science, true)))
                .isEmpty();
        assertThat(EsoCalRules.forInstrument("FORS2")
                        .flatMap(r -> r.rule("arc"))
                        .flatMap(r -> r.conditions().build(science, true)))
                .isEmpty();
    }

    @Test
    void uvesMatchesArmAndGratingWavelength() {
        CalTarget science = frame("UVES", "OBJECT", "RED", Map.of("central_wavelength", 0.58));
        assertThat(EsoCalRules.forInstrument("UVES").orElseThrow().kinds(science))
                .containsExactly("bias", "flat", "arc", "standard");
        SqlFragment arc = sql(science, "arc", false);
        assertThat(arc.sql()).contains("o.mode = ?", "o.central_wavelength > ?", "o.central_wavelength < ?");
        assertThat(arc.params()).contains("LAMP,WAVE", "RED");
        assertThat(sql(science, "arc", true).params()).contains("LINE_TABLE");
    }

    @Test
    void otherInstrumentsHaveNoRules() {
        assertThat(EsoCalRules.forInstrument("MUSE")).isEmpty();
        assertThat(EsoCalRules.forInstrument(null)).isEmpty();
    }
}
