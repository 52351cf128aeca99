// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.cal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meridian.core.calibration.CalQuery;
import org.meridian.core.calibration.CalTarget;
import org.meridian.store.SqlFragment;

/** Applicability and the SQL each rule puts on a candidate, per instrument (docs/gemini-archive.md, "Calibrations"). */
class CalRulesTest {

    static final Instant UT = Instant.parse("2010-12-31T12:00:00Z");

    static CalTarget gmos(String obsType, String klass, boolean spect, Set<String> tags, Map<String, Object> extra) {
        Map<String, Object> d = new HashMap<>(Map.of(
                "instrument", "GMOS-N",
                "observation_type", obsType,
                "observation_class", klass,
                "object", "L5c02",
                "detector_binning", "2x2",
                "detector_readspeed_setting", "slow",
                "detector_gain_setting", "low",
                "detector_roi_setting", "Full Frame",
                "spectroscopy", spect,
                "focal_plane_mask", spect ? "1.0arcsec" : "Imaging"));
        d.putAll(extra);
        return new CalTarget(7L, UT, false, d, tags);
    }

    static SqlFragment sql(CalTarget t, CalType type) {
        return InstrumentCals.forInstrument(t.text("instrument"))
                .flatMap(c -> c.rule(type))
                .flatMap(r -> r.conditions().build(t, type.processed()))
                .orElseThrow()
                .condition();
    }

    @Test
    void gmosLongslitScienceNeedsBiasArcFlatAndAStandard() {
        CalTarget t = gmos("OBJECT", "science", true, Set.of("SPECT", "LS"), Map.of("central_wavelength", 0.6));
        assertThat(GmosCals.applicable(t))
                .contains(CalType.BIAS, CalType.ARC, CalType.FLAT, CalType.STANDARD, CalType.PROCESSED_STANDARD)
                .doesNotContain(CalType.PROCESSED_FRINGE, CalType.MASK, CalType.DARK, CalType.PHOTOMETRIC_STANDARD);
    }

    @Test
    void gmosImagingScienceNeedsFlatFringeAndPhotometricStandard() {
        CalTarget t = gmos("OBJECT", "science", false, Set.of("IMAGE"), Map.of());
        assertThat(GmosCals.applicable(t))
                .contains(CalType.BIAS, CalType.FLAT, CalType.PROCESSED_FRINGE, CalType.PHOTOMETRIC_STANDARD)
                .doesNotContain(CalType.ARC, CalType.STANDARD);
        CalTarget acq = gmos("OBJECT", "acq", false, Set.of("IMAGE"), Map.of());
        assertThat(GmosCals.applicable(acq)).doesNotContain(CalType.BIAS, CalType.FLAT);
        CalTarget twilight = gmos("OBJECT", "dayCal", false, Set.of("IMAGE"), Map.of("object", "Twilight"));
        assertThat(GmosCals.applicable(twilight)).contains(CalType.BIAS).doesNotContain(CalType.FLAT);
    }

    @Test
    void gmosMosNodAndShuffleBefore2020NeedsMaskAndDark() {
        CalTarget t = gmos(
                "OBJECT",
                "science",
                true,
                Set.of("SPECT", "MOS", "NODANDSHUFFLE"),
                Map.of("focal_plane_mask", "GN2010BQ037-01"));
        assertThat(GmosCals.applicable(t)).contains(CalType.MASK, CalType.DARK, CalType.PROCESSED_DARK);
        SqlFragment mask = sql(t, CalType.MASK);
        assertThat(mask.sql()).contains("o.observation_type = 'MASK'").contains("o.data_label = ?");
        assertThat(mask.params()).contains("GN2010BQ037-01");
        CalTarget recent =
                new CalTarget(null, Instant.parse("2021-01-01T00:00:00Z"), false, t.descriptors(), t.types());
        assertThat(GmosCals.applicable(recent)).doesNotContain(CalType.DARK);
    }

    @Test
    void maskAndBpmFramesNeedNothing() {
        assertThat(GmosCals.applicable(gmos("MASK", "dayCal", false, Set.of(), Map.of())))
                .isEmpty();
        assertThat(GmosCals.applicable(gmos("BPM", "dayCal", false, Set.of(), Map.of())))
                .isEmpty();
    }

    @Test
    void rawAndProcessedSelectDifferentReductions() {
        CalTarget t = gmos("OBJECT", "science", true, Set.of("SPECT", "LS"), Map.of());
        assertThat(sql(t, CalType.BIAS).sql()).contains("o.reduction = 'RAW' and o.observation_type = ?");
        assertThat(sql(t, CalType.BIAS).params()).contains("BIAS", "GMOS-N", "2x2", "slow", "low", "Full Frame");
        assertThat(sql(t, CalType.PROCESSED_BIAS).params()).contains("PROCESSED_BIAS");
        assertThat(sql(t, CalType.PROCESSED_DARK).params()).contains("PROCESSED_DARK");
        assertThat(sql(t, CalType.PROCESSED_FRINGE).params()).contains("PROCESSED_FRINGE");
    }

    @Test
    void rulesThatDoNotApplyFindNothing() {
        CalTarget imaging = gmos("OBJECT", "science", false, Set.of("IMAGE"), Map.of());
        assertThat(GmosCals.CALS.rule(CalType.ARC).orElseThrow().conditions().build(imaging, false))
                .isEmpty();
        assertThat(GmosCals.CALS
                        .rule(CalType.SPECPHOT)
                        .orElseThrow()
                        .conditions()
                        .build(imaging, false))
                .isEmpty();
        // Raw fringe frames do not exist; photometric standards are never processed.
        assertThat(GmosCals.CALS
                        .rule(CalType.PROCESSED_FRINGE)
                        .orElseThrow()
                        .conditions()
                        .build(imaging, false))
                .isEmpty();
        assertThat(GmosCals.CALS
                        .rule(CalType.PHOTOMETRIC_STANDARD)
                        .orElseThrow()
                        .conditions()
                        .build(imaging, true))
                .isEmpty();
        assertThat(GmosCals.CALS.rule(CalType.POLARIZATION_FLAT)).isEmpty();
        assertThat(InstrumentCals.forInstrument("NIFS")).isEmpty();
    }

    @Test
    void spectroscopicStandardsAreStandardTaggedRawSpectra() {
        CalTarget t = gmos("OBJECT", "science", true, Set.of("SPECT", "LS"), Map.of("central_wavelength", 0.6));
        SqlFragment standard = sql(t, CalType.STANDARD);
        assertThat(standard.sql())
                .contains("'STANDARD' = any(o.types)")
                .contains("o.focal_plane_mask like '%arcsec%'")
                .contains("o.spectroscopy = ?");
        CalTarget imaging = gmos("OBJECT", "science", false, Set.of("IMAGE"), Map.of("filter_name", "g"));
        assertThat(sql(imaging, CalType.STANDARD).sql())
                .contains("o.observation_class = ?")
                .contains("o.program_id like 'G_-CAL%'");
    }

    @Test
    void fiveArcsecondTargetsTakeAnyLongslitArc() {
        CalTarget wide =
                gmos("OBJECT", "science", true, Set.of("SPECT", "LS"), Map.of("focal_plane_mask", "5.0arcsec"));
        assertThat(sql(wide, CalType.ARC).sql()).contains("o.focal_plane_mask like '%arcsec'");
        CalTarget narrow = gmos("OBJECT", "science", true, Set.of("SPECT", "LS"), Map.of());
        assertThat(sql(narrow, CalType.ARC).sql()).contains("o.focal_plane_mask = ?");
    }

    @Test
    void windowsFollowTheInstrumentTables() {
        Map<String, Object> niri = Map.of(
                "instrument", "NIRI",
                "observation_type", "OBJECT",
                "observation_class", "science",
                "filter_name", "Kprime_G0206",
                "exposure_time", 30.0);
        CalTarget n = new CalTarget(1L, UT, false, niri, Set.of("IMAGE"));
        assertThat(NiriCals.applicable(n))
                .contains(CalType.DARK, CalType.FLAT, CalType.PHOTOMETRIC_STANDARD, CalType.PROCESSED_BPM);
        SqlFragment dark = sql(n, CalType.DARK);
        assertThat(dark.params()).contains(30.0 - 0.01, 30.0 + 0.01);
        assertThat(dark.params())
                .contains(CalQuery.at(UT.minusSeconds(180L * 86400)), CalQuery.at(UT.plusSeconds(180L * 86400)));
        CalTarget thermal = new CalTarget(
                1L,
                UT,
                false,
                Map.of(
                        "instrument",
                        "NIRI",
                        "observation_type",
                        "OBJECT",
                        "observation_class",
                        "science",
                        "filter_name",
                        "Lprime_G0207"),
                Set.of());
        assertThat(NiriCals.applicable(thermal)).doesNotContain(CalType.FLAT);

        CalTarget f2 = new CalTarget(
                1L,
                UT,
                false,
                Map.of(
                        "instrument",
                        "F2",
                        "observation_type",
                        "OBJECT",
                        "observation_class",
                        "science",
                        "spectroscopy",
                        true),
                Set.of("SPECT"));
        assertThat(F2Cals.applicable(f2)).contains(CalType.TELLURIC, CalType.STANDARD, CalType.ARC);
        assertThat(sql(f2, CalType.STANDARD).sql()).contains("o.observation_class in ('partnerCal', 'progCal')");
        assertThat(sql(f2, CalType.TELLURIC).params())
                .contains(CalQuery.at(UT.minusSeconds(86400)), CalQuery.at(UT.plusSeconds(86400)));
        assertThat(sql(f2, CalType.PROCESSED_TELLURIC).params()).contains("TELLURIC");

        CalTarget gnirs = new CalTarget(
                1L,
                UT,
                false,
                Map.of(
                        "instrument",
                        "GNIRS",
                        "observation_type",
                        "OBJECT",
                        "observation_class",
                        "science",
                        "spectroscopy",
                        true,
                        "central_wavelength",
                        2.2,
                        "disperser",
                        "32_mm&SXD",
                        "camera",
                        "ShortBlue"),
                Set.of("SPECT", "XD"));
        assertThat(GnirsCals.applicable(gnirs))
                .contains(CalType.TELLURIC, CalType.ARC, CalType.FLAT, CalType.PINHOLE, CalType.LAMPOFF_FLAT);
        assertThat(sql(gnirs, CalType.ARC).params()).contains(CalQuery.at(UT.minusSeconds(365L * 86400)));
    }

    @Test
    void descriptorsAreCheckedColumnNames() {
        CalTarget t = gmos("OBJECT", "science", false, Set.of(), Map.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CalQuery.of(t).match("o.id; drop table x"))
                .isInstanceOf(IllegalArgumentException.class);
        // Missing target values compare as "is null"; missing tolerances are skipped, as the archive does.
        SqlFragment q = CalQuery.of(t)
                .match("disperser")
                .tolerance("central_wavelength", 0.001)
                .condition();
        assertThat(q.sql()).contains("o.disperser is null").doesNotContain("central_wavelength");
    }
}
