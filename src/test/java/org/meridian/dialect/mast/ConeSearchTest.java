// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.meridian.sky.Healpix;

class ConeSearchTest {

    @Test
    void readsThePositionStringAstroquerySends() {
        assertThat(ConeSearch.ofPosition("210.8, 54.35, 0.02")).isEqualTo(new ConeSearch(210.8, 54.35, 0.02));
        assertThat(ConeSearch.ofPosition("210.8, 54.35").radius()).isEqualTo(ConeSearch.DEFAULT_RADIUS);
        assertThat(ConeSearch.ofPosition("-10, 0, 1").ra()).isEqualTo(350);
    }

    @Test
    void readsConeParams() throws Exception {
        ObjectNode p = (ObjectNode) new ObjectMapper().readTree("{\"ra\":23.34086,\"dec\":\"60.658\",\"radius\":0.1}");
        assertThat(ConeSearch.ofParams(p)).isEqualTo(new ConeSearch(23.34086, 60.658, 0.1));
    }

    @Test
    void predicateCoversTheCentrePixel() {
        ConeSearch cone = new ConeSearch(80.5, -69.5, 0.1);
        var f = cone.predicate();
        assertThat(f.sql()).contains("o.hpx between ? and ?").contains("sky_distance(m.ra, m.dec, ?, ?) <= ?");
        long centre = Healpix.ang2pix(Healpix.MAX_ORDER, 80.5, -69.5);
        boolean covered = false;
        for (int i = 0; i + 1 < f.params().size() - 3; i += 2) {
            covered |= (long) f.params().get(i) <= centre
                    && centre <= (long) f.params().get(i + 1);
        }
        assertThat(covered).isTrue();
    }

    @Test
    void refusesBadPositions() {
        assertThatThrownBy(() -> ConeSearch.ofPosition("a, b, c")).isInstanceOf(MastException.class);
        assertThatThrownBy(() -> ConeSearch.ofPosition("1, 95, 1")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> ConeSearch.ofPosition("1, 2, -1")).hasMessageContaining("radius");
        assertThatThrownBy(() -> ConeSearch.ofPosition("1")).isInstanceOf(MastException.class);
        assertThatThrownBy(() -> ConeSearch.ofPosition(null)).isInstanceOf(MastException.class);
    }
}
