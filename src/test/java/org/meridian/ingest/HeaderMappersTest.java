// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
    void fileNoMapperKnows() {
        assertThatThrownBy(() -> HeaderMappers.forFile(file("x.fits", hdu("SIMPLE", true))))
                .isInstanceOf(BadFileException.class);
    }
}
