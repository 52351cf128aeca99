// SPDX-License-Identifier: Apache-2.0
package org.meridian.web.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class FetchPolicyTest {

    private final FetchPolicy policy = FetchPolicy.of(List.of("Data.Example.org", "192.0.2.7", "[2001:db8::7]"));

    @Test
    void onlyHttpFromListedHostsWithoutCredentials() {
        for (String allowed : List.of(
                "http://data.example.org/t.vot",
                "https://DATA.example.org:8443/x?y=1",
                "http://192.0.2.7/t",
                "http://[2001:db8:0::7]:8080/t")) {
            assertThatCode(() -> policy.check(URI.create(allowed))).as(allowed).doesNotThrowAnyException();
        }
        for (String refused : List.of(
                "ftp://data.example.org/t",
                "file:///etc/passwd",
                "jar:http://data.example.org/x.jar!/t",
                "http://user:pw@data.example.org/t",
                "http://example.org/t",
                "http://data.example.org.evil.net/t",
                "http://127.0.0.1/t",
                "http://localhost/t",
                "http://[::1]/t",
                "http://2130706433/t",
                "http://0x7f.1/t",
                "http:/relative")) {
            assertThatThrownBy(() -> policy.check(URI.create(refused)))
                    .as(refused)
                    .hasMessage(FetchException.REFUSED);
        }
        assertThatThrownBy(() -> FetchPolicy.NONE.check(URI.create("https://data.example.org/")))
                .hasMessage(FetchException.REFUSED);
    }

    @Test
    void specialAddressesOnlyWhenListedThemselves() throws Exception {
        FetchPolicy loopback = FetchPolicy.of(List.of("localhost", "127.0.0.1"));
        assertThat(loopback.mayConnect(InetAddress.getByName("127.0.0.1"))).isTrue();
        // "localhost" is listed by name; its other loopback address is not listed, so it stays shut.
        assertThat(loopback.mayConnect(InetAddress.getByName("::1"))).isFalse();
        assertThat(policy.mayConnect(InetAddress.getByName("10.0.0.1"))).isFalse();
        assertThat(policy.mayConnect(InetAddress.getByName("8.8.8.8"))).isTrue();
    }
}
