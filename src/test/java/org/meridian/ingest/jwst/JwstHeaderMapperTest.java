// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.jwst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meridian.ingest.TestHeaders.file;
import static org.meridian.ingest.TestHeaders.hdu;
import static org.meridian.ingest.TestHeaders.tags;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meridian.ingest.BadFileException;
import org.meridian.ingest.FitsHeaders;
import org.meridian.ingest.HeaderMappers;
import org.meridian.ingest.MappedFile;

class JwstHeaderMapperTest {

    private static FitsHeaders product(String suffix, Object... more) {
        Object[] base = {
            "TELESCOP",
            "JWST",
            "INSTRUME",
            "NIRCAM",
            "PROGRAM",
            "01073",
            "OBS_ID",
            "V01073001001P0000000001101",
            "DATE-OBS",
            "2022-07-01",
            "TIME-OBS",
            "12:00:00",
            "FILTER",
            "F277W",
            "PUPIL",
            "CLEAR",
            "TARG_RA",
            80.5,
            "TARG_DEC",
            -69.5,
            "EFFEXPTM",
            1000.0
        };
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return file("jw01073001001_01101_00001_nrca1_" + suffix + ".fits", hdu(all));
    }

    @Test
    void exposureProductsShareOneObservation() throws Exception {
        var mapper = new JwstHeaderMapper();
        MappedFile uncal = mapper.map(product("uncal"), tags());
        MappedFile rate = mapper.map(product("rate"), tags());
        MappedFile cal = mapper.map(product("cal"), tags());
        assertThat(HeaderMappers.forFile(product("cal"))).isInstanceOf(JwstHeaderMapper.class);
        for (MappedFile f : new MappedFile[] {uncal, rate, cal}) {
            assertThat(f.observation().identity().obsKey()).isEqualTo("jw01073001001_01101_00001_nrca1");
            assertThat(f.observation().identity().programId()).isEqualTo("1073");
            assertThat(f.observation().setup().filter()).isEqualTo("F277W");
        }
        assertThat(uncal.product()).isEqualTo(new MappedFile.Product("SCIENCE", "UNCAL", 1));
        assertThat(rate.product().calibLevel()).isEqualTo(2);
        assertThat(cal.product()).isEqualTo(new MappedFile.Product("SCIENCE", "CAL", 2));
        FitsHeaders i2d = file(
                "jw01073-o001_t001_nircam_clear-f277w_i2d.fits", product("x").primary());
        MappedFile level3 = mapper.map(i2d, tags());
        assertThat(level3.observation().identity().obsKey()).isEqualTo("jw01073-o001_t001_nircam_clear-f277w");
        assertThat(level3.product()).isEqualTo(new MappedFile.Product("SCIENCE", "I2D", 3));
    }

    @Test
    void releaseIsStatedOrAYearLater() throws Exception {
        var mapper = new JwstHeaderMapper();
        assertThat(mapper.map(product("cal"), tags())
                        .observation()
                        .classification()
                        .release())
                .isEqualTo(Instant.parse("2023-07-01T12:00:00Z"));
        assertThat(mapper.map(product("cal", "XPOSURE", "2022-07-12"), tags())
                        .observation()
                        .classification()
                        .release())
                .isEqualTo(Instant.parse("2022-07-12T00:00:00Z"));
    }

    @Test
    void unknownSuffixIsRejected() {
        assertThatThrownBy(() -> new JwstHeaderMapper().map(product("weird"), tags()))
                .isInstanceOf(BadFileException.class)
                .hasMessageContaining("suffix");
    }
}
