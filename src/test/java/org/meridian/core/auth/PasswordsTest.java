// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void verifiesOnlyTheRightPassword() {
        String stored = Passwords.hash("correct horse");
        assertThat(stored).startsWith("pbkdf2$").doesNotContain("correct horse");
        assertThat(Passwords.verify("correct horse", stored)).isTrue();
        assertThat(Passwords.verify("correct hors", stored)).isFalse();
        assertThat(Passwords.verify("correct horse", "garbage")).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(Passwords.hash("x")).isNotEqualTo(Passwords.hash("x"));
    }

    @Test
    void secretsAreRandomAndUnambiguous() {
        String a = Passwords.randomSecret(40);
        assertThat(a)
                .hasSize(40)
                .doesNotContainAnyWhitespaces()
                .matches("[A-Za-z2-9]+")
                .doesNotContain("0", "O", "l", "1", "I");
        assertThat(Passwords.randomSecret(40)).isNotEqualTo(a);
    }

    @Test
    void hashesWithTodaysCostAndFlagsOlderOnes() {
        String stored = Passwords.hash("x");
        assertThat(stored).startsWith("pbkdf2$600000$");
        assertThat(Passwords.outdated(stored)).isFalse();
        String older = "pbkdf2$120000$" + stored.split("\\$")[2] + "$" + stored.split("\\$")[3];
        assertThat(Passwords.outdated(older)).isTrue();
        assertThat(Passwords.outdated("garbage")).isTrue();
    }

    @Test
    void rememberedPasswordsMatchOnlyTheirHash() {
        VerifiedPasswords verified = new VerifiedPasswords();
        String stored = Passwords.hash("correct horse");
        assertThat(verified.verify("correct horse", stored)).isTrue();
        assertThat(verified.verify("correct horse", stored)).isTrue(); // from memory
        assertThat(verified.verify("correct hors", stored)).isFalse();
        assertThat(verified.verify("correct horse", Passwords.hash("another"))).isFalse();
    }
}
