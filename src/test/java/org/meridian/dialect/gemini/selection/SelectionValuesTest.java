// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.meridian.dialect.gemini.selection.Parsing.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.dialect.gemini.selection.Criterion.CentralWavelength;
import org.meridian.dialect.gemini.selection.Criterion.Coadds;
import org.meridian.dialect.gemini.selection.Criterion.DecRange;
import org.meridian.dialect.gemini.selection.Criterion.DecValue;
import org.meridian.dialect.gemini.selection.Criterion.DetectorRoi;
import org.meridian.dialect.gemini.selection.Criterion.Disperser;
import org.meridian.dialect.gemini.selection.Criterion.Exact;
import org.meridian.dialect.gemini.selection.Criterion.ExposureTime;
import org.meridian.dialect.gemini.selection.Criterion.FocalPlaneMask;
import org.meridian.dialect.gemini.selection.Criterion.ProgramText;
import org.meridian.dialect.gemini.selection.Criterion.RaRange;
import org.meridian.dialect.gemini.selection.Criterion.RaValue;
import org.meridian.dialect.gemini.selection.Criterion.SearchRadius;
import org.meridian.dialect.gemini.selection.Criterion.SiteQuality;
import org.meridian.dialect.gemini.selection.Criterion.TelescopeAngle;

class SelectionValuesTest {

    @ParameterizedTest
    @CsvSource({"B600,B600", "B600+_G5307,B600", "R831_G5302,R831", "MIRROR,MIRROR", "disperser=111lXD,111lXD"})
    void gratings(String token, String name) {
        assertThat(parse(token).get(Key.DISPERSER)).contains(new Disperser(name));
    }

    @ParameterizedTest
    @CsvSource({"GN2009BC009-04", "NS2.0arcsec", "IFU-R", "G2024A0123Q-01", "mask=slit-0.5"})
    void masks(String token) {
        String name = token.startsWith("mask=") ? token.substring(5) : token;
        assertThat(parse(token).get(Key.FOCAL_PLANE_MASK)).contains(new FocalPlaneMask(name));
    }

    @Test
    void binningAndDetectorSettings() {
        assertThat(parse("2x2").get(Key.BINNING)).contains(new Exact(Key.BINNING, "2x2"));
        assertThat(parse("high").get(Key.GAIN)).contains(new Exact(Key.GAIN, "high"));
        assertThat(parse("low").get(Key.GAIN)).contains(new Exact(Key.GAIN, "low"));
        // caltype is tested before gain and readspeed, so a bare "standard" is a calibration type
        assertThat(parse("standard").get(Key.CALTYPE)).contains(new Exact(Key.CALTYPE, "standard"));
        assertThat(parse("gain=standard").get(Key.GAIN)).contains(new Exact(Key.GAIN, "standard"));
        assertThat(parse("slow").get(Key.READSPEED)).contains(new Exact(Key.READSPEED, "slow"));
        assertThat(parse("fast").get(Key.READSPEED)).contains(new Exact(Key.READSPEED, "fast"));
        assertThat(parse("Deep").get(Key.WELLDEPTH)).contains(new Exact(Key.WELLDEPTH, "Deep"));
        assertThat(parse("Classic").get(Key.READMODE)).contains(new Exact(Key.READMODE, "Classic"));
    }

    @ParameterizedTest
    @CsvSource({"FullFrame,Full Frame", "CentralSpectrum,Central Spectrum", "centralstamp,Central Stamp"})
    void detectorRois(String token, String name) {
        assertThat(parse(token).get(Key.DETECTOR_ROI)).contains(new DetectorRoi(name));
    }

    @Test
    void filtersAndCoaddsAndConditions() {
        assertThat(parse("filter=g").get(Key.FILTER)).contains(new Exact(Key.FILTER, "g"));
        assertThat(parse("Filter=r").get(Key.FILTER)).contains(new Exact(Key.FILTER, "r"));
        assertThat(parse("coadds=10").get(Key.COADDS)).contains(new Coadds(10));
        assertThat(parse("raw_cc=70-percentile").get(Key.RAW_CC)).contains(new SiteQuality(Key.RAW_CC, 70));
        assertThat(parse("raw_iq=Any").get(Key.RAW_IQ)).contains(new SiteQuality(Key.RAW_IQ, 100));
        assertThat(parse("ProgramText=dwarf galaxies").get(Key.PROGRAM_TEXT))
                .contains(new ProgramText("dwarf galaxies"));
    }

    @Test
    void exposureTimes() {
        assertThat(parse("exposure_time=59-61").get(Key.EXPOSURE_TIME)).contains(new ExposureTime(59, 61));
        assertThat(parse("exposure_time=60").get(Key.EXPOSURE_TIME)).contains(new ExposureTime(59.5, 60.5));
        assertThat(parse("exposure_time=0.2").get(Key.EXPOSURE_TIME)).contains(new ExposureTime(0, 0.7));
        assertThat(parse("exposure_time= 59 - 61").get(Key.EXPOSURE_TIME)).contains(new ExposureTime(59, 61));
    }

    @Test
    void centralWavelengthsAreClippedOrDropped() {
        CentralWavelength single =
                parse("cenwlen=0.5").get(Key.CENWLEN, CentralWavelength.class).orElseThrow();
        assertThat(single.min()).isCloseTo(0.4, within(1e-12));
        assertThat(single.max()).isCloseTo(0.6, within(1e-12));
        assertThat(parse("cenwlen=0.1-0.3").get(Key.CENWLEN)).contains(new CentralWavelength(0.2, 0.3));
        Selection outside = parse("cenwlen=40");
        assertThat(outside.has(Key.CENWLEN)).isFalse();
        assertThat(outside.warnings()).containsExactly("ignored cenwlen=40");
    }

    @Test
    void raDecRangesFromTheHelpPage() {
        Selection s = parse("ra=123.5-123.6/dec=21.1-22.2");
        assertThat(s.get(Key.RA)).contains(new RaRange(123.5, 123.6));
        assertThat(s.get(Key.DEC)).contains(new DecRange(21.1, 22.2));
        assertThat(s.has(Key.SR)).isFalse();
        assertThat(parse("dec=-22.3--24.5").get(Key.DEC)).contains(new DecRange(-24.5, -22.3));
        assertThat(parse("RA=350-10").get(Key.RA)).contains(new RaRange(350, 10));
        assertThat(parse("Dec=-45.5").get(Key.DEC)).contains(new DecValue(-45.5));
    }

    @Test
    void sexagesimalRaIsHoursAndDecIsDegrees() {
        assertThat(parse("ra=12:30:00").get(Key.RA)).contains(new RaValue(187.5));
        assertThat(parse("ra=10:00:00-11:00:00").get(Key.RA)).contains(new RaRange(150, 165));
        assertThat(parse("dec=-45:30:00").get(Key.DEC)).contains(new DecValue(-45.5));
        assertThat(parse("dec=-22:30:00--24:30:00").get(Key.DEC)).contains(new DecRange(-24.5, -22.5));
        assertThat(parse("dec=+41:16:12")
                        .get(Key.DEC, DecValue.class)
                        .orElseThrow()
                        .degrees())
                .isCloseTo(41.27, within(1e-12));
    }

    @Test
    void singleCoordinatesGetTheDefaultThreeArcminuteBox() {
        Selection s = parse("ra=210.8/dec=54.35");
        assertThat(s.get(Key.SR)).contains(new SearchRadius(180.0 / 3600.0));
        assertThat(s.warnings()).containsExactly("No Search Radius given, defaulting to 3 arcmin");
    }

    @ParameterizedTest
    @CsvSource({"sr=10,10", "sr=0.3d,1080", "SR=0.5degs,1800", "sr=0.5Degs,1800", "sr=90,90"})
    void searchRadiusUnits(String token, double arcsec) {
        double degrees = parse("ra=1/" + token)
                .get(Key.SR, SearchRadius.class)
                .orElseThrow()
                .degrees();
        assertThat(degrees * 3600).isCloseTo(arcsec, within(1e-9));
    }

    @Test
    void telescopeAngles() {
        assertThat(parse("az=155.0-155.5").get(Key.AZ)).contains(new TelescopeAngle(Key.AZ, 155.0, 155.5));
        assertThat(parse("el=88.0-89.0").get(Key.EL)).contains(new TelescopeAngle(Key.EL, 88, 89));
        assertThat(parse("crpa=-10-30").get(Key.CRPA)).contains(new TelescopeAngle(Key.CRPA, -10, 30));
        assertThat(parse("Azimuth=1-2").get(Key.AZ)).contains(new TelescopeAngle(Key.AZ, 1, 2));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ra=abc|ra 'abc' is not a valid coordinate: cannot read RA 'abc': 'abc' is not a number",
                "ra=25:00:00|ra '25:00:00' is not a valid coordinate: cannot read RA '25:00:00': value must be below 24",
                "ra=1-2-3|ra '1-2-3' is neither a value nor a range 'min-max'",
                "ra=400|ra '400' is outside 0-360 degrees (0-24 hours)",
                "dec=95|dec '95' is outside -90..90 degrees",
                "dec=12:75:00|dec '12:75:00' is not a valid coordinate: cannot read Dec '12:75:00': minutes must be below 60",
                "sr=wide|sr 'wide' must be a number of arcsec, or of degrees followed by 'd'",
                "sr=3m|sr '3m' must be a number of arcsec, or of degrees followed by 'd'",
                "az=10|az must be a range 'min-max' in degrees, not '10'",
                "el=80-20|el range '80-20' must give the smaller number first",
                "exposure_time=long|exposure_time value 'long' is not a number",
                "exposure_time=61-59|exposure_time range '61-59' has its larger end first",
                "coadds=many|coadds must be an integer, not 'many'",
                "raw_cc=150|raw_cc must be a percentile 0-100 or Any, not '150'",
                "cenwlen=blue|cenwlen value 'blue' is not a number",
                "PIname=|PIname needs at least one word"
            })
    void malformedValuesDropTheirConstraintAndSayWhy(String token, String message) {
        // FitsStorage stores the value and cannot use it: no constraint, the token not recognised.
        if (token.startsWith("sr=")) {
            // ... except a radius, which makes the archive itself fail: a 400 with the reason.
            assertThatThrownBy(() -> parse(token))
                    .isInstanceOf(SelectionException.class)
                    .hasMessage(message);
            return;
        }
        Selection s = parse(token);
        assertThat(s.criteria()).isEmpty();
        assertThat(s.unrecognised()).containsExactly(token);
        assertThat(s.warnings()).containsExactly(message + "; ignored");
    }
}
