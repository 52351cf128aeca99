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
}
