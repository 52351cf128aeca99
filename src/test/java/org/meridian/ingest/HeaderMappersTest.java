// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.ingest.TestHeaders.file;
import static org.meridian.ingest.TestHeaders.hdu;
import static org.meridian.ingest.TestHeaders.tags;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meridian.ingest.eso.EsoHeaderMapper;
import org.meridian.ingest.generic.GenericHeaderMapper;

class HeaderMappersTest {

    @Test
    void esoRawFrame() throws Exception {
        FitsHeaders h = file(
                "a.fits",
                hdu(
                        "ORIGIN",
                        "ESO-PARANAL",
                        "ARCFILE",
                        "FORS2.2016-01-01T01:02:03.456.fits",
                        "ESO OBS PROG ID",
                        "096.A-0001(A)",
                        "ESO DPR CATG",
                        "SCIENCE",
                        "ESO DPR TYPE",
                        "OBJECT",
                        "DATE-OBS",
                        "2016-01-01T01:02:03.456",
                        "EXPTIME",
                        60.0));
        assertThat(HeaderMappers.forFile(h)).isInstanceOf(EsoHeaderMapper.class);
        MappedFile f = new EsoHeaderMapper().map(h, tags());
        assertThat(f.observation().identity().obsKey()).isEqualTo("FORS2.2016-01-01T01:02:03.456");
        assertThat(f.observation().identity().programId()).isEqualTo("096.A-0001(A)");
        assertThat(f.observation().classification().release()).isEqualTo(Instant.parse("2017-01-01T01:02:03.456Z"));
        assertThat(f.product().type()).isEqualTo("SCIENCE");
    }

    @Test
    void genericFitsIsPublicAtOnceUnlessStated() throws Exception {
        FitsHeaders h = file(
                "img.fits.gz",
                hdu(
                        "DATE-OBS",
                        "2020-05-05T00:00:00",
                        "OBJECT",
                        "M13",
                        "RA",
                        250.4,
                        "DEC",
                        36.46,
                        "TELESCOP",
                        "Some 1m",
                        "FILTER",
                        "V"));
        assertThat(HeaderMappers.forFile(h)).isInstanceOf(GenericHeaderMapper.class);
        MappedFile f = new GenericHeaderMapper().map(h, tags());
        assertThat(f.observation().identity().obsKey()).isEqualTo("img.fits");
        assertThat(f.observation().pointing().ra()).isEqualTo(250.4);
        assertThat(f.observation().classification().release()).isNull();
        MappedFile later = new GenericHeaderMapper()
                .map(file("b.fits", hdu("DATE-OBS", "2020-05-05", "RELEASE", "2021-05-05")), tags());
        assertThat(later.observation().classification().release()).isEqualTo(Instant.parse("2021-05-05T00:00:00Z"));
    }

    @Test
    void aFileWithoutTimeIsIngestedWithAWarning() {
        MappedFile f = HeaderMappers.map(file("x.fits", hdu("SIMPLE", true, "OBJECT", "M31")), tags());
        assertThat(f.observation().timing().start()).isNull();
        assertThat(f.observation().pointing().object()).isEqualTo("M31");
        assertThat(f.warnings())
                .containsExactly("no observation time (DATE-OBS, MJD-OBS, DATE-BEG, MJD-BEG, TSTART, EXPSTART)");
    }

    @Test
    void timeFromEveryStandardCard() {
        assertThat(start(hdu("DATE-OBS", "19/05/94"))).isEqualTo("1994-05-19T00:00:00Z");
        assertThat(start(hdu("MJD-OBS", 51544.5))).isEqualTo("2000-01-01T12:00:00Z");
        assertThat(start(hdu("DATE-BEG", "2011-02-03T04:05:06"))).isEqualTo("2011-02-03T04:05:06Z");
        assertThat(start(hdu("TSTART", 86400.0, "MJDREF", 51544.0))).isEqualTo("2000-01-02T00:00:00Z");
        assertThat(start(hdu("TSTART", 1.5, "MJDREFI", 51544, "MJDREFF", 0.5, "TIMEUNIT", "d")))
                .isEqualTo("2000-01-03T00:00:00Z");
        assertThat(start(hdu("EXPSTART", 49856.5))).isEqualTo("1995-05-19T12:00:00Z");
    }

    @Test
    void aDateObsThatIsNoDateIsAWarningAndOtherCardsStillCount() {
        MappedFile placeholder = HeaderMappers.map(file("p.fits", hdu("DATE-OBS", "nn/nn/nn")), tags());
        assertThat(placeholder.observation().timing().start()).isNull();
        assertThat(placeholder.warnings()).containsExactly("DATE-OBS 'nn/nn/nn' is not a date");
        MappedFile impossible =
                HeaderMappers.map(file("q.fits", hdu("DATE-OBS", "31/02/94", "MJD-OBS", 49400.0)), tags());
        assertThat(impossible.observation().timing().start()).isEqualTo(Instant.parse("1994-02-17T00:00:00Z"));
        assertThat(impossible.warnings()).containsExactly("DATE-OBS '31/02/94' is not a date");
    }

    private static String start(FitsHeaders.Hdu card) {
        return HeaderMappers.map(file("t.fits", card), tags())
                .observation()
                .timing()
                .start()
                .toString();
    }
}
