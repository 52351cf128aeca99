// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.meridian.core.auth.Passwords;
import org.meridian.store.Database;

/**
 * Expiring download links, like the S3 presigned URLs the real archive hands out: an HMAC-SHA256 of
 * the resource and expiry time under a server secret. The secret lives in {@code archive_state}
 * ({@code lco.signing-key}), generated once, so every server process sharing the database agrees.
 */
public final class UrlSigner {

    public static final String STATE_KEY = "lco.signing-key";
    /** Frame download links live 48 h (docs/lco-archive.md). */
    public static final Duration FRAME_LIFETIME = Duration.ofHours(48);
    /** Thumbnail links live 8 h (docs/lco-archive.md). */
    public static final Duration THUMBNAIL_LIFETIME = Duration.ofHours(8);

    private final byte[] secret;
    private final Clock clock;

    public UrlSigner(byte[] secret, Clock clock) {
        this.secret = secret.clone();
        this.clock = clock;
    }

    /** The signer with the archive's stored secret, creating the secret on first use. */
    public static UrlSigner forArchive(Database db, Clock clock) throws SQLException {
        try (Connection c = db.connection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into archive_state (key, value) values (?, ?) on conflict (key) do nothing")) {
                s.setString(1, STATE_KEY);
                s.setString(2, Passwords.randomSecret(64));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("select value from archive_state where key = ?")) {
                s.setString(1, STATE_KEY);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new UrlSigner(r.getString(1).getBytes(StandardCharsets.UTF_8), clock);
                }
            }
        }
    }

    /** A signed query string ({@code expires=..&signature=..}) for a resource, valid for {@code lifetime}. */
    public String sign(String resource, Duration lifetime) {
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        return "expires=" + expires + "&signature=" + signature(resource, expires);
    }

    /** Whether the signature is this server's for the resource and the link has not expired. */
    public boolean verify(String resource, String expires, String signature) {
        if (expires == null || signature == null || !expires.matches("\\d{1,12}")) {
            return false;
        }
        long e = Long.parseLong(expires);
        if (Instant.ofEpochSecond(e).isBefore(clock.instant())) {
            return false;
        }
        return MessageDigest.isEqual(
                signature(resource, e).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    String signature(String resource, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((resource + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
