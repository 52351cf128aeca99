// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed JSON Web Tokens (RS256) for OAuth2/OpenID Connect, as ESO's token endpoint issues them:
 * valid eight hours, accepted as {@code Authorization: Bearer} by every dialect through
 * {@link Accounts#byAuthorizationHeader} (docs/architecture.md, "Callers"). The signing key is made
 * once and kept in the archive home, so tokens outlive a restart; a token whose signature, algorithm
 * or expiry does not hold names no account.
 */
public final class JwtTokens {

    public static final Duration LIFETIME = Duration.ofHours(8);

    private final RSAKey key;
    private final Clock clock;

    private JwtTokens(RSAKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /** The key stored at {@code file}, made and stored (readable by the owner only) when there is none. */
    public static JwtTokens at(Path file, Clock clock) throws IOException {
        if (Files.isRegularFile(file)) {
            try {
                return new JwtTokens(RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8)), clock);
            } catch (ParseException e) {
                throw new IOException("the signing key " + file + " is not an RSA JWK: " + e.getMessage(), e);
            }
        }
        RSAKey key;
        try {
            key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make an RSA key", e);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".key-", ".part");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own protection applies
            }
            Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new JwtTokens(key, clock);
    }

    /** A signed token naming the account, valid {@link #LIFETIME} from now. */
    public String issue(long accountId, String username, String issuer) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(Long.toString(accountId))
                .audience("meridian")
                .claim("preferred_username", username)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /** Whether the text has a JWT's shape (three dot-separated parts); other bearer tokens are API tokens. */
    public static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    /** The account a token names, when its signature, algorithm and validity period hold now. */
    public Optional<Long> accountOf(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            if (claims.getExpirationTime() == null
                    || !claims.getExpirationTime().toInstant().isAfter(now)
                    || (claims.getNotBeforeTime() != null
                            && claims.getNotBeforeTime().toInstant().isAfter(now.plusSeconds(60)))) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(claims.getSubject()));
        } catch (ParseException | JOSEException | NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The public key set clients verify tokens with (RFC 7517). */
    public Map<String, Object> jwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
    }
}
