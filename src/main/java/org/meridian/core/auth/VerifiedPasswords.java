// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords checked recently, so that HTTP Basic (sent with every request by TAP and ESO clients)
 * costs one PBKDF2 derivation per account every few minutes, not one per request. An entry is a
 * keyed HMAC of the stored hash and the password: it proves nothing outside this process, and a
 * changed password (a new stored hash) never matches an old entry.
 */
final class VerifiedPasswords {

    private static final long LIFETIME_NANOS = 10L * 60 * 1_000_000_000;
    private static final int MAX_ENTRIES = 10_000;

    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Long> verifiedAt = new ConcurrentHashMap<>();

    VerifiedPasswords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether {@code password} matches {@code storedHash}, from memory when it did recently. */
    boolean verify(String password, String storedHash) {
        String entry = fingerprint(password, storedHash);
        Long at = verifiedAt.get(entry);
        long now = System.nanoTime();
        if (at != null && now - at < LIFETIME_NANOS) {
            return true;
        }
        if (!Passwords.verify(password, storedHash)) {
            return false;
        }
        if (verifiedAt.size() >= MAX_ENTRIES) {
            verifiedAt.clear(); // bounded memory; the next requests pay one derivation each again
        }
        verifiedAt.put(entry, now);
        return true;
    }

    private String fingerprint(String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
