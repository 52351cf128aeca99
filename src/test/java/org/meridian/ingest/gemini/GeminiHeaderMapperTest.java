// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.ingest.TestHeaders.file;
import static org.meridian.ingest.TestHeaders.hdu;
import static org.meridian.ingest.TestHeaders.tags;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meridian.ingest.FitsHeaders;
import org.meridian.ingest.HeaderMappers;
import org.meridian.ingest.MappedFile;

class GeminiHeaderMapperTest {

    private static FitsHeaders gmosImage() {
        return file(
                "N20101231S0338.fits.bz2",
                hdu(
                        "INSTRUME",
                        "GMOS-N",
                        "TELESCOP",
                        "Gemini-North",
                        "GEMPRGID",
                        "gn-2010b-q-22",
                        "OBSID",
                        "GN-2010B-Q-22-4",
                        "DATALAB",
                        "GN-2010B-Q-22-4-001",
                        "OBSTYPE",
                        "OBJECT",
                        "OBSCLASS",
                        "science",
                        "OBJECT",
                        "L5c02",
                        "DATE-OBS",
                        "2010-12-31",
                        "TIME-OBS",
                        "10:15:30.5",
                        "LT",
                        "00:15:30.5",
                        "EXPTIME",
                        300.0,
                        "GRATING",
                        "MIRROR",
                        "MASKNAME",
                        "None",
                        "MASKTYP",
                        0,
                        "FILTER1",
                        "open1-6",
                        "FILTER2",
                        "r_G0303",
                        "RAWPIREQ",
                        "YES",
                        "RAWGEMQA",
                        "USABLE",
                        "RAWIQ",
                        "70-percentile",
                        "RAWCC",
                        "Any",
                        "AIRMASS",
                        1.2,
                        "ELEVATIO",
                        56.0,
                        "AZIMUTH",
                        120.0,
                        "OIWFS_ST",
                        "guiding",
                        "PWFS2_ST",
                        "guiding",
                        "AMPINTEG",
                        5000,
                        "PROP_MD",
                        true),
                hdu(
                        "XTENSION",
                        "IMAGE",
                        "NAXIS",
                        2,
                        "NAXIS1",
                        1024,
                        "NAXIS2",
                        2304,
                        "CCDSUM",
                        "2 2",
                        "GAIN",
                        2.2,
                        "CTYPE1",
                        "RA---TAN",
                        "CTYPE2",
                        "DEC--TAN",
                        "CRVAL1",
                        130.25,
                        "CRVAL2",
                        20.7,
                        "CRPIX1",
                        512.0,
                        "CRPIX2",
                        1152.0,
                        "CD1_1",
                        -4.0e-5,
                        "CD1_2",
                        0.0,
                        "CD2_1",
                        0.0,
                        "CD2_2",
                        4.0e-5));
    }

    @Test
    void mapsARawGmosImage() throws Exception {
        FitsHeaders h = gmosImage();
        assertThat(HeaderMappers.forFile(h)).isInstanceOf(GeminiHeaderMapper.class);
        MappedFile f = new GeminiHeaderMapper().map(h, tags());
        var o = f.observation();
        assertThat(o.identity().collection()).isEqualTo("GEMINI");
        assertThat(o.identity().obsKey()).isEqualTo("GN-2010B-Q-22-4-001");
        assertThat(o.identity().programId()).isEqualTo("GN-2010B-Q-22");
        assertThat(o.identity().instrument()).isEqualTo("GMOS-N");
        assertThat(o.timing().start()).isEqualTo(Instant.parse("2010-12-31T10:15:30.500Z"));
        assertThat(o.timing().exposureTime()).isEqualTo(300.0);
        assertThat(o.timing().localTime()).isEqualTo("00:15:30.5");
        assertThat(o.setup().filter()).isEqualTo("r");
        assertThat(o.setup().wavelengthBand()).isEqualTo("r");
        assertThat(o.setup().disperser()).isEqualTo("MIRROR");
        assertThat(o.setup().focalPlaneMask()).isEqualTo("Imaging");
        assertThat(o.setup().camera()).isEqualTo("GMOS-N");
        assertThat(o.setup().mode()).isEqualTo("imaging");
        assertThat(o.setup().centralWavelength()).isNull();
        assertThat(o.setup().wavefrontSensor()).isEqualTo("OIWFS&PWFS2");
        assertThat(o.detector().binning()).isEqualTo("2x2");
        assertThat(o.detector().gain()).isEqualTo("low");
        assertThat(o.detector().readSpeed()).isEqualTo("slow");
        assertThat(o.detector().readMode()).isEqualTo("Classic");
        assertThat(o.detector().naxis1()).isEqualTo(1024);
        assertThat(o.conditions().rawIq()).isEqualTo(70);
        assertThat(o.conditions().rawCc()).isEqualTo(100);
        assertThat(o.pointing().ra()).isEqualTo(130.25);
        assertThat(o.pointing().dec()).isEqualTo(20.7);
        assertThat(o.pointing().airmass()).isEqualTo(1.2);
        assertThat(o.pointing().proprietaryCoordinates()).isTrue();
        assertThat(o.pointing().footprint()).hasSize(4);
        var c = o.classification();
        assertThat(c.qaState()).isEqualTo("Pass");
        assertThat(c.reduction()).isEqualTo("RAW");
        assertThat(c.processing()).isEqualTo("Raw");
        assertThat(c.engineering()).isFalse();
        assertThat(c.types()).startsWith("GEMINI_NORTH", "GMOS_N", "IMAGE", "RAW");
        assertThat(c.release()).isEqualTo(Instant.parse("2011-12-31T00:00:00Z"));
        assertThat(f.product()).isEqualTo(new MappedFile.Product("SCIENCE", "RAW", 1));
        assertThat(f.storagePath()).isEqualTo("N20101231S0338.fits.bz2");
    }

    @Test
    void fileWithoutDataLabelIsKeyedByName() throws Exception {
        FitsHeaders h = file(
                "N20101231S0999.fits.bz2",
                hdu(
                        "INSTRUME",
                        "GNIRS",
                        "DATE-OBS",
                        "2010-12-31T01:02:03",
                        "OBSCLASS",
                        "dayCal",
                        "EXPTIME",
                        5.0,
                        "COADDS",
                        4,
                        "ACQMIR",
                        "Out",
                        "SLIT",
                        "0.30arcsec",
                        "GRATING",
                        "32/mm_G5506",
                        "GRATWAVE",
                        2.2));
        MappedFile f = new GeminiHeaderMapper().map(h, tags());
        var o = f.observation();
        assertThat(o.identity().obsKey()).isEqualTo("N20101231S0999.fits");
        assertThat(o.identity().telescope()).isEqualTo("Gemini-North");
        assertThat(o.identity().dataLabel()).isEmpty();
        assertThat(o.timing().exposureTime()).isEqualTo(20.0);
        assertThat(o.setup().mode()).isEqualTo("LS");
        assertThat(o.setup().disperser()).isEqualTo("32_mm");
        assertThat(o.setup().centralWavelength()).isEqualTo(2.2);
        assertThat(o.setup().wavelengthBand()).isEqualTo("K");
        assertThat(o.classification().engineering()).isTrue(); // no program ID at all
        assertThat(o.classification().release()).isEqualTo(Instant.parse("2010-12-31T00:00:00Z"));
        assertThat(f.product().type()).isEqualTo("CALIBRATION");
    }
}
