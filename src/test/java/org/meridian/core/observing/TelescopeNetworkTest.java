// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TelescopeNetworkTest {

    @Test
    void builtInNetworkHasLcosSitesAndInstruments() {
        TelescopeNetwork n = TelescopeNetwork.builtIn();
        assertThat(n.sites()).extracting(Site::code).containsExactly("lsc", "cpt", "coj", "elp", "ogg", "tfn");
        assertThat(n.telescopeClasses()).contains("2m0", "1m0", "0m4");
        assertThat(n.instrument("1m0-scicam-sbig"))
                .get()
                .extracting(i -> i.readout(1))
                .isEqualTo(35.0);
        assertThat(n.requireInstrument("2M0-FLOYDS-SCICAM").frontPadding()).isEqualTo(240.0);
        assertThat(n.instrument("1M0-SCICAM-SINISTRO")).isPresent();
        assertThat(n.instrument("2M0-SCICAM-SPECTRAL")).isPresent();
        assertThat(n.site("tfn").orElseThrow().latitude()).isBetween(28.0, 28.5);
    }

    @Test
    void badFileIsAClearError() {
        var in = new ByteArrayInputStream("{\"sites\": 3".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TelescopeNetwork.read(in, "broken.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad telescope network broken.json");
    }
}
