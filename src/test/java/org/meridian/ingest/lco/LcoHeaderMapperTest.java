// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.lco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meridian.ingest.TestHeaders.file;
import static org.meridian.ingest.TestHeaders.hdu;
import static org.meridian.ingest.TestHeaders.tags;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meridian.ingest.BadFileException;
import org.meridian.ingest.FitsHeaders;
import org.meridian.ingest.HeaderMappers;
import org.meridian.ingest.MappedFile;

class LcoHeaderMapperTest {

    private static final String NAME = "ogg2m001-fs02-20160202-0133-e91.fits.fz";

    private static FitsHeaders frame(Object... more) {
        Object[] base = {
            "PROPID",
            "LCO2016A-001",
            "DATE-OBS",
            "2016-02-03T09:15:00.000",
            "DAY-OBS",
            "20160202",
            "INSTRUME",
            "fs02",
            "SITEID",
            "ogg",
            "TELID",
            "2m0a",
            "OBSTYPE",
            "EXPOSE",
            "BLKUID",
            12345,
            "REQNUM",
            678,
            "FILTER",
            "rp",
            "EXPTIME",
            30.0,
            "OBJECT",
            "M31",
            "RA",
            "00:42:44.3",
            "DEC",
            "+41:16:09",
            "L1IDBIAS",
            "bias_ogg2m001_20160202.fits.fz",
            "L1IDFLAT",
            "N/A",
            "TRACKNUM",
            "N/A"
        };
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return file(NAME, hdu(), hdu(all));
    }

    @Test
    void mapsAFrame() throws Exception {
        MappedFile f = new LcoHeaderMapper().map(frame(), tags());
        var o = f.observation();
        assertThat(o.identity().obsKey()).isEqualTo("ogg2m001-fs02-20160202-0133-e91");
        assertThat(o.identity().collection()).isEqualTo("LCO");
        assertThat(o.identity().requestId()).isEqualTo(678L);
        assertThat(o.identity().observationId()).isEqualTo("12345");
        assertThat(o.identity().siteId()).isEqualTo("ogg");
        assertThat(o.identity().telescopeId()).isEqualTo("2m0a");
        assertThat(o.setup().filter()).isEqualTo("rp");
        assertThat(o.classification().observationType()).isEqualTo("EXPOSE");
        assertThat(o.classification().reductionLevel()).isEqualTo(91); // from the basename
        assertThat(o.timing().observationDay()).hasToString("2016-02-02");
        assertThat(o.pointing().ra()).isCloseTo(10.68458, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(f.storagePath()).isEqualTo("ogg/fs02/20160202/processed/ogg2m001-fs02-20160202-0133-e91.fits.fz");
        assertThat(f.related()).containsExactly(new MappedFile.RelatedFile("L1IDBIAS", "bias_ogg2m001_20160202"));
        assertThat(HeaderMappers.forFile(frame())).isInstanceOf(LcoHeaderMapper.class);
    }

    @Test
    void rlevelHeaderWinsAndRawGoesToRaw() throws Exception {
        MappedFile f = new LcoHeaderMapper().map(frame("RLEVEL", 0), tags());
        assertThat(f.observation().classification().reductionLevel()).isZero();
        assertThat(f.storagePath()).startsWith("ogg/fs02/20160202/raw/");
        assertThat(LcoFrameRules.reductionLevelFromName("x-0001-e00.fits")).isZero();
        assertThat(LcoFrameRules.reductionLevelFromName("x-0001-e91.tar.gz")).isEqualTo(90);
        assertThat(LcoFrameRules.reductionLevelFromName("x-0001-b00.fits")).isZero();
    }

    @Test
    void missingRequiredKeyIsNamed() {
        FitsHeaders h = file("x.fits", hdu("PROPID", "P", "SITEID", "ogg", "TELID", "2m0a"));
        assertThatThrownBy(() -> new LcoHeaderMapper().map(h, tags()))
                .isInstanceOf(BadFileException.class)
                .hasMessageContaining("DATE-OBS")
                .hasMessageContaining("BLKUID");
    }

    @Test
    void placeholderWordsBecomeEmptyOrNull() {
        var h = LcoHeaderMapper.cleaned(hdu("REQNUM", "N/A", "OBJECT", "UNSPECIFIED", "FILTER", "UNKNOWN"));
        assertThat(h.card("REQNUM").orElseThrow().value()).isNull();
        assertThat(h.string("OBJECT")).contains("");
        assertThat(h.string("FILTER")).contains("");
    }

    @Test
    void obstypeInferredFromTheName() throws Exception {
        assertThat(LcoFrameRules.inferObservationType("ogg-fs02-20160202-0001-b00.fits", "fs02"))
                .isEqualTo("BIAS");
        assertThat(LcoFrameRules.inferObservationType("a-b-c-d-d00", "fs02")).isEqualTo("DARK");
        assertThat(LcoFrameRules.inferObservationType("a-b-c-d-f00", "fs02")).isEqualTo("SKYFLAT");
        assertThat(LcoFrameRules.inferObservationType("a-b-c-d-g00", "fs02")).isEqualTo("GUIDE");
        assertThat(LcoFrameRules.inferObservationType("a-b-c-d-s00", "fs02")).isEqualTo("STANDARD");
        assertThat(LcoFrameRules.inferObservationType("a-b-c-d-w00", "fs02")).isEqualTo("LAMPFLAT");
        assertThat(LcoFrameRules.inferObservationType("a-b-c-d-x00", "fs02")).isEqualTo("EXPERIMENTAL");
        assertThat(LcoFrameRules.inferObservationType("a-b-c-d-e91", "fs02")).isEqualTo("EXPOSE");
        assertThat(LcoFrameRules.inferObservationType("a-en06-c-d-e00", "en06")).isEqualTo("SPECTRUM");
        assertThat(LcoFrameRules.inferObservationType("a-nrs01-c-d-e00", "nres01"))
                .isEqualTo("TARGET");
        assertThat(LcoFrameRules.inferObservationType("a-nrs01-c-d-a00", "nres01"))
                .isEqualTo("DOUBLE");
        assertThat(LcoFrameRules.inferObservationType("a-b-c-d-a00", "fs02")).isEqualTo("ARC");
        assertThat(LcoFrameRules.inferObservationType("a-b-c-d-e91_cat.fits", "fs02"))
                .isEqualTo("CATALOG");
        MappedFile f = new LcoHeaderMapper().map(frame("OBSTYPE", "UNKNOWN"), tags());
        assertThat(f.observation().classification().observationType()).isEqualTo("EXPOSE");
    }

    @Test
    void publicDateRules() throws Exception {
        Instant t = Instant.parse("2016-02-03T09:15:00Z");
        Instant never = Instant.parse("3015-02-03T09:15:00Z");
        assertThat(LcoFrameRules.publicDate(t, Set.of("private"), "EXPOSE", "P", "b"))
                .isEqualTo(never);
        assertThat(LcoFrameRules.publicDate(t, Set.of("internal", "public"), "EXPOSE", "P", "b"))
                .isEqualTo(never);
        assertThat(LcoFrameRules.publicDate(t, Set.of("public"), "EXPOSE", "LCOEngineering", "b"))
                .isEqualTo(t);
        assertThat(LcoFrameRules.publicDate(t, Set.of(), "BIAS", "P", "b")).isEqualTo(t);
        assertThat(LcoFrameRules.publicDate(t, Set.of(), "EXPOSE", "LCOEPO2016", "b"))
                .isEqualTo(t);
        assertThat(LcoFrameRules.publicDate(t, Set.of(), "EXPOSE", "calibrate", "b"))
                .isEqualTo(t);
        assertThat(LcoFrameRules.publicDate(t, Set.of(), "EXPOSE", "LCOEngineering", "b"))
                .isEqualTo(never);
        assertThat(LcoFrameRules.publicDate(t, Set.of(), "EXPOSE", "P", "ogg-fs02-20160202-0001-x00"))
                .isEqualTo(never);
        assertThat(LcoFrameRules.publicDate(t, Set.of(), "EXPOSE", "P", "b")).isEqualTo(t.plus(365, ChronoUnit.DAYS));
        MappedFile stated = new LcoHeaderMapper().map(frame("L1PUBDAT", "2017-01-01T00:00:00"), tags("private"));
        assertThat(stated.observation().classification().release()).isEqualTo(Instant.parse("2017-01-01T00:00:00Z"));
        MappedFile viaContext = new LcoHeaderMapper().map(frame(), tags("public"));
        assertThat(viaContext.observation().classification().release()).isEqualTo(t);
    }

    @Test
    void areaFromRadiusSquare() {
        var area = LcoArea.of(hdu("RADIUS", 36.0, "RA", "01:00:00", "DEC", "-10:00:00"));
        assertThat(area).hasSize(4);
        assertThat(area.get(0)).containsExactly(14.99, -10.01);
        assertThat(area.get(1)).containsExactly(14.99, -9.99);
        assertThat(area.get(2)).containsExactly(15.01, -9.99);
        assertThat(area.get(3)).containsExactly(15.01, -10.01);
    }

    @Test
    void areaFromWcsCornersInOrderOrNone() {
        var wcs = tanImage("CD1_2", 0.0, "CD2_1", 0.0, "CD2_2", 0.001);
        var area = LcoArea.of(wcs);
        assertThat(area).hasSize(4);
        // (1,1) is east-south, (1,NAXIS2) east-north, (NAXIS1,NAXIS2) west-north, (NAXIS1,1) west-south
        assertThat(area.get(0)[0]).isGreaterThan(150.0);
        assertThat(area.get(0)[1]).isLessThan(2.0);
        assertThat(area.get(1)[1]).isGreaterThan(2.0);
        assertThat(area.get(2)[0]).isLessThan(150.0);
        assertThat(area.get(3)[1]).isLessThan(2.0);
        assertThat(area.get(3)[0]).isLessThan(150.0);
        var cube = tanImage("NAXIS3", 3, "CD2_2", 0.001);
        assertThat(LcoArea.of(cube)).isEmpty();
        assertThat(LcoArea.of(hdu("NAXIS1", 10, "NAXIS2", 10))).isEmpty();
    }

    /** A 101 × 51 image with a TAN WCS centred on (150, 2) and a CD1_1 of −0.001°, plus {@code more} cards. */
    private static FitsHeaders.Hdu tanImage(Object... more) {
        Object[] base = {
            "NAXIS1",
            101,
            "NAXIS2",
            51,
            "CTYPE1",
            "RA---TAN",
            "CTYPE2",
            "DEC--TAN",
            "CRVAL1",
            150.0,
            "CRVAL2",
            2.0,
            "CRPIX1",
            51.0,
            "CRPIX2",
            26.0,
            "CD1_1",
            -0.001
        };
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return hdu(all);
    }
}
