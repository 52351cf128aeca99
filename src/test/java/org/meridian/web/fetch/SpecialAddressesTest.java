// SPDX-License-Identifier: Apache-2.0
package org.meridian.web.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Literal addresses only: nothing here is looked up or connected to. */
class SpecialAddressesTest {

    @Test
    void privateLoopbackLinkLocalMulticastAndTheirIpv6FormsAreSpecial() throws Exception {
        List<String> special = List.of(
                "0.0.0.0",
                "10.1.2.3",
                "100.64.0.1",
                "127.0.0.1",
                "127.255.255.254",
                "169.254.169.254",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "224.0.0.1",
                "255.255.255.255",
                "::",
                "::1",
                "::127.0.0.1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1",
                "64:ff9b::a00:1",
                "2002:a00:1::1",
                "2001:0:4136:e378::1",
                "fc00::1",
                "fd12:3456::1",
                "fe80::1",
                "ff02::1");
        for (String literal : special) {
            assertThat(SpecialAddresses.isSpecial(InetAddress.getByName(literal)))
                    .as(literal)
                    .isTrue();
        }
    }

    @Test
    void publicAddressesAreNot() throws Exception {
        for (String literal : List.of("8.8.8.8", "1.1.1.1", "172.32.0.1", "192.169.0.1", "2606:4700::1111")) {
            assertThat(SpecialAddresses.isSpecial(InetAddress.getByName(literal)))
                    .as(literal)
                    .isFalse();
        }
    }
}
