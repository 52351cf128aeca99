// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.ingest.TestHeaders.file;
import static org.meridian.ingest.TestHeaders.hdu;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeminiRulesTest {

    @Test
    void prettyFilterNames() {
        assertThat(GeminiFilters.pretty(List.of("open1-6", "g_G0301"))).isEqualTo("g");
        assertThat(GeminiFilters.pretty(List.of("open1-6", "open2-8"))).isEqualTo("open");
        assertThat(GeminiFilters.pretty(List.of("Clear_G0102", "ND2.0_G0001", "Ha_G0310")))
                .isEqualTo("Ha");
        assertThat(GeminiFilters.pretty(List.of("Block", "r_G0303"))).isEqualTo("blank&r");
        assertThat(GeminiFilters.pretty(List.of("DK_G0807"))).isEqualTo("dark");
        assertThat(GeminiFilters.pretty(List.of("a", "b", "c"))).isEqualTo("a&b");
        assertThat(GeminiFilters.pretty(List.of("OG515 50%"))).isEqualTo("OG515_50");
    }

    @Test
    void qaStateTable() {
        assertThat(GeminiQaState.of("UNKNOWN", "USABLE", "OBJECT")).isEqualTo("Undefined");
        assertThat(GeminiQaState.of("YES", "USABLE", "OBJECT")).isEqualTo("Pass");
        assertThat(GeminiQaState.of("NO", "USABLE", "OBJECT")).isEqualTo("Usable");
        assertThat(GeminiQaState.of("YES", "BAD", "OBJECT")).isEqualTo("Fail");
        assertThat(GeminiQaState.of("CHECK", "CHECK", "OBJECT")).isEqualTo("CHECK");
        assertThat(GeminiQaState.of(null, null, "MASK")).isEqualTo("Pass");
        assertThat(GeminiQaState.of(null, null, "OBJECT")).isEqualTo("Undefined");
    }

    @Test
    void airmassFallsBackToElevation() {
        assertThat(GeminiPointing.airmass(1.277, 51.6)).isEqualTo(1.277);
        assertThat(GeminiPointing.airmass(0.5, 30.0)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(GeminiPointing.airmass(99.0, 90.0)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(GeminiPointing.airmass(null, null)).isNull();
    }

    @Test
    void exposureTimeTotalsCoaddsAndRejectsNonsense() {
        var phu = hdu("EXPTIME", 10.0, "COADDS", 3);
        assertThat(GeminiHeaderMapper.exposureTime(phu, new GeminiInstrument.Niri(), false))
                .isEqualTo(30.0);
        assertThat(GeminiHeaderMapper.exposureTime(phu, new GeminiInstrument.Niri(), true))
                .isEqualTo(10.0);
        assertThat(GeminiHeaderMapper.exposureTime(phu, new Gmos(), false)).isEqualTo(10.0);
        assertThat(GeminiHeaderMapper.exposureTime(hdu("EXPTIME", 10000.0), new Gmos(), false))
                .isNull();
        assertThat(GeminiHeaderMapper.exposureTime(hdu("EXPTIME", -1.0), new Gmos(), false))
                .isNull();
        assertThat(GeminiHeaderMapper.exposureTime(hdu("EXPTIME", 0.0), new Gmos(), false))
                .isEqualTo(0.0);
    }

    @Test
    void instrumentNamesAreNormalised() {
        assertThat(GeminiInstruments.normalise("gmos-n")).isEqualTo("GMOS-N");
        assertThat(GeminiInstruments.normalise("TRECS")).isEqualTo("TReCS");
        assertThat(GeminiInstruments.normalise("Hokupaa+QUIRC")).isEqualTo("Hokupaa+QUIRC");
        assertThat(GeminiInstruments.normalise("hokupaaaQUIRC")).isEqualTo("Hokupaa+QUIRC");
        assertThat(GeminiInstruments.normalise("Mystery")).isEqualTo("Mystery");
    }

    @Test
    void gmosDetectorSettings() {
        var gmos = new Gmos();
        var phu = hdu(
                "AMPINTEG",
                5000,
                "DETTYPE",
                "SDSU II CCD",
                "DETRO1X",
                1,
                "DETRO1XS",
                6144,
                "DETRO1Y",
                1,
                "DETRO1YS",
                4608);
        var ext = hdu("XTENSION", "IMAGE", "CCDSUM", "2 2", "GAIN", 2.1);
        var headers = file("N20101231S0338.fits", phu, ext);
        assertThat(gmos.binning(headers)).isEqualTo("2x2");
        assertThat(gmos.gain(headers)).isEqualTo("low");
        assertThat(gmos.readSpeed(headers)).isEqualTo("slow");
        assertThat(gmos.roi(headers)).isEqualTo("Full Frame");
        var hama = file("x.fits", hdu("AMPINTEG", 5000, "DETTYPE", "S10892", "DETRO1X", 5), hdu("GAIN", 5.0));
        assertThat(gmos.readSpeed(hama)).isEqualTo("fast");
        assertThat(gmos.gain(hama)).isEqualTo("high");
        assertThat(gmos.roi(hama)).isEqualTo("Undefined");
        var generic = file("x.fits", hdu("XBIN", 1, "YBIN", 2, "GAINSET", "high", "RDSPDSET", "slow"));
        var other = new GeminiInstrument.Other();
        assertThat(other.binning(generic)).isEqualTo("1x2");
        assertThat(other.gain(generic)).isEqualTo("high");
        assertThat(other.readSpeed(generic)).isEqualTo("slow");
        assertThat(other.roi(generic)).isEqualTo("Fixed");
    }

    @Test
    void gmosTagsGiveTheMode() {
        var gmos = new Gmos();
        assertThat(GeminiHeaderMapper.mode(gmos.setupTags(hdu("GRATING", "MIRROR"))))
                .isEqualTo("imaging");
        assertThat(GeminiHeaderMapper.mode(
                        gmos.setupTags(hdu("GRATING", "R400+_G5305", "MASKTYP", 1, "MASKNAME", "1.0arcsec"))))
                .isEqualTo("LS");
        assertThat(GeminiHeaderMapper.mode(
                        gmos.setupTags(hdu("GRATING", "B600+_G5307", "MASKTYP", 1, "MASKNAME", "GN2010BQ022-01"))))
                .isEqualTo("MOS");
        assertThat(GeminiHeaderMapper.mode(
                        gmos.setupTags(hdu("GRATING", "B600+_G5307", "MASKTYP", -1, "MASKNAME", "IFU-R"))))
                .isEqualTo("IFS");
        assertThat(gmos.setupTags(hdu("GRATING", "MIRROR", "NODPIX", 100))).contains("NODANDSHUFFLE");
        assertThat(gmos.disperser(hdu("GRATING", "R400+_G5305"))).isEqualTo("R400");
        assertThat(gmos.focalPlaneMask(hdu("MASKNAME", "None"))).isEqualTo("Imaging");
    }

    @Test
    void engineeringRule() {
        assertThat(GeminiProgramIds.isEngineering("GN-2010B-Q-22")).isFalse();
        assertThat(GeminiProgramIds.isEngineering("GN-2010B-ENG-3")).isTrue();
        assertThat(GeminiProgramIds.isEngineering("GN-ENG20101231")).isTrue();
        assertThat(GeminiProgramIds.isEngineering("not a program")).isTrue();
        assertThat(GeminiProgramIds.isEngineering("GN-CAL20101231")).isFalse();
        assertThat(GeminiProgramIds.isEngineering("G-2024A-1234-Q")).isFalse();
        assertThat(GeminiHeaderMapper.engineering(hdu("ENG_DATA", false), "junk", "GMOS-N"))
                .isFalse();
        assertThat(GeminiProgramIds.isScienceVerification("GS-2010B-SV-7")).isTrue();
        assertThat(GeminiProgramIds.isCalibration("GN-CAL20101231")).isTrue();
    }

    @Test
    void releaseDefaults() {
        LocalDate d = LocalDate.of(2010, 12, 31);
        assertThat(GeminiRelease.of(LocalDate.of(2011, 6, 1), d, "science", "GN-2010B-Q-22"))
                .isEqualTo("2011-06-01");
        assertThat(GeminiRelease.of(null, d, "partnerCal", "GN-2010B-Q-22")).isEqualTo(d);
        assertThat(GeminiRelease.of(null, d, "science", "GN-CAL20101231")).isEqualTo(d);
        assertThat(GeminiRelease.of(null, d, "science", "GN-2010B-ENG-1")).isEqualTo(d);
        assertThat(GeminiRelease.of(null, d, "science", "GN-2010B-SV-1")).isEqualTo(d.plusDays(90));
        assertThat(GeminiRelease.of(null, d, "science", "GN-2010B-Q-22")).isEqualTo(d.plusDays(365));
    }

    @Test
    void conditionsAsPercentiles() {
        assertThat(GeminiConditions.percentile("70-percentile")).isEqualTo(70);
        assertThat(GeminiConditions.percentile("Any")).isEqualTo(100);
        assertThat(GeminiConditions.percentile("UNKNOWN")).isNull();
    }

    @Test
    void processingWords() {
        assertThat(GeminiHeaderMapper.processing(hdu())).isEqualTo("Raw");
        assertThat(GeminiHeaderMapper.processing(hdu("PROCMODE", "ql"))).isEqualTo("Quick-Look");
        assertThat(GeminiHeaderMapper.processing(hdu("PROCITNT", "Science-Quality", "PROCMODE", "ql")))
                .isEqualTo("Science-Quality");
    }
}
