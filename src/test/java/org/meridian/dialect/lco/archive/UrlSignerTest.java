// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UrlSignerTest {

    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    private static UrlSigner signer(String secret, Instant now) {
        return new UrlSigner(secret.getBytes(StandardCharsets.UTF_8), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String param(String query, String name) {
        for (String p : query.split("&")) {
            if (p.startsWith(name + "=")) {
                return p.substring(name.length() + 1);
            }
        }
        return null;
    }

    @Test
    void verifiesItsOwnLinksUntilTheyExpire() {
        String q = signer("s", NOW).sign("version:1:0", UrlSigner.FRAME_LIFETIME);
        String expires = param(q, "expires");
        String sig = param(q, "signature");
        assertThat(Long.parseLong(expires))
                .isEqualTo(NOW.plus(Duration.ofHours(48)).getEpochSecond());
        assertThat(signer("s", NOW.plus(Duration.ofHours(47))).verify("version:1:0", expires, sig))
                .isTrue();
        assertThat(signer("s", NOW.plus(Duration.ofHours(49))).verify("version:1:0", expires, sig))
                .isFalse();
    }

    @Test
    void rejectsTamperedLinks() {
        UrlSigner s = signer("s", NOW);
        String q = s.sign("version:1:0", UrlSigner.FRAME_LIFETIME);
        String expires = param(q, "expires");
        String sig = param(q, "signature");
        assertThat(s.verify("version:2:0", expires, sig)).as("another version").isFalse();
        assertThat(s.verify("version:1:7", expires, sig)).as("another account").isFalse();
        assertThat(s.verify("version:1:0", String.valueOf(Long.parseLong(expires) + 1), sig))
                .isFalse();
        assertThat(signer("other", NOW).verify("version:1:0", expires, sig))
                .as("another secret")
                .isFalse();
        assertThat(s.verify("version:1:0", "soon", sig)).isFalse();
        assertThat(s.verify("version:1:0", expires, null)).isFalse();
    }
}
