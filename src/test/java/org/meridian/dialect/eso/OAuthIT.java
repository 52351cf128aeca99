// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.dialect.eso.EsoFixture.RAW_PRIVATE;
import static org.meridian.dialect.eso.EsoFixture.RAW_PROPRIETARY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.core.auth.JwtTokens;
import org.meridian.web.auth.BadCredentials;
import org.meridian.web.auth.CallerResolver;

/**
 * ESO's OAuth2/OpenID Connect flow: the password grant as ESO's notebook sends it, discovery and
 * JWKS, then {@code Bearer} on DataLink, SODA and downloads; expired, tampered and foreign tokens
 * are 401 with a Bearer challenge, never anonymous answers.
 */
class OAuthIT extends WithEsoArchive {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String token() throws Exception {
        // As ESO's authentication notebook asks for it: a GET with the password grant.
        HttpResponse<byte[]> r = eso.get(
                "/sso/oidc/token?response_type=" + URLEncoder.encode("id_token token", StandardCharsets.UTF_8)
                        + "&grant_type=password&client_id=clientid&username=eso_user&password=eso-pw",
                null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(8 * 3600);
        assertThat(body.get("access_token").asText())
                .isEqualTo(body.get("id_token").asText());
        return body.get("id_token").asText();
    }

    private static String datalink(String dpId, String authorization) throws Exception {
        HttpResponse<byte[]> r = eso.get(
                "/datalink/links?ID=" + URLEncoder.encode(EsoIds.of(dpId), StandardCharsets.UTF_8), authorization);
        return r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void discoveryAndKeysLetAClientVerifyTheToken() throws Exception {
        JsonNode config =
                JSON.readTree(eso.get("/.well-known/openid-configuration", null).body());
        assertThat(config.get("token_endpoint").asText()).isEqualTo(eso.base() + "/sso/oidc/token");
        assertThat(config.get("grant_types_supported").toString()).contains("password");
        String jwks = new String(eso.get("/sso/oidc/jwks", null).body(), StandardCharsets.UTF_8);
        assertThat(jwks).contains("\"kty\":\"RSA\"").doesNotContain("\"d\"").doesNotContain("\"p\"");
        RSAKey key = (RSAKey) JWKSet.parse(jwks).getKeys().getFirst();
        SignedJWT jwt = SignedJWT.parse(token());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("eso_user");
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void bearerOpensWhatTheAccountMayReadInEveryEsoService() throws Exception {
        String bearer = "Bearer " + token();
        assertThat(datalink(RAW_PRIVATE, null)).contains("NotFoundFault");
        assertThat(datalink(RAW_PRIVATE, bearer)).startsWith("200").contains("/dataportal_new/file/" + RAW_PRIVATE);
        assertThat(eso.get("/dataportal_new/file/" + RAW_PROPRIETARY, bearer).statusCode())
                .isEqualTo(200);
        String cut =
                "/soda/sync?ID=" + URLEncoder.encode(EsoIds.of(RAW_PROPRIETARY), StandardCharsets.UTF_8) + "&CIRCLE="
                        + URLEncoder.encode(EsoFixture.RA + " " + EsoFixture.DEC + " 0.0005", StandardCharsets.UTF_8);
        assertThat(eso.get(cut, bearer).statusCode()).isEqualTo(200);
        assertThat(eso.get(cut, null).statusCode()).isEqualTo(401);
        // POST works as well, and the same token names the same caller through the shared resolver
        // every dialect uses (docs/architecture.md, "Callers").
        HttpResponse<byte[]> post =
                eso.post("/sso/oidc/token", "grant_type=password&username=eso_user&password=eso-pw", null);
        String posted = JSON.readTree(post.body()).get("access_token").asText();
        Caller caller = new CallerResolver(
                        new Accounts(eso.db(), JwtTokens.at(EsoFixture.keyFile(dir), Clock.systemUTC())))
                .of("Bearer " + posted, name -> null);
        assertThat(caller.username()).isEqualTo("eso_user");
        assertThat(caller.programs()).contains("0116.C-0702(A)");
    }

    @Test
    void badTokensAre401WithABearerChallengeNeverAnonymous() throws Exception {
        String good = token();
        String[] parts = good.split("\\.");
        String tamperedSignature = parts[0] + "." + parts[1] + "." + flip(parts[2]);
        String tamperedClaims = parts[0] + "." + flip(parts[1]) + "." + parts[2];
        String unsigned = parts[0].replace(parts[0], "eyJhbGciOiJub25lIn0") + "." + parts[1] + ".";
        JwtTokens expiredIssuer = JwtTokens.at(
                EsoFixture.keyFile(dir), Clock.fixed(Instant.now().minus(Duration.ofHours(9)), ZoneOffset.UTC));
        String expired = expiredIssuer.issue(1, "eso_user", "test");
        String foreign =
                JwtTokens.at(dir.resolve("other-key.jwk"), Clock.systemUTC()).issue(1, "eso_user", "test");
        for (String token : List.of(tamperedSignature, tamperedClaims, unsigned, expired, foreign, "a.b.c")) {
            for (String path : List.of(
                    "/datalink/links?ID=" + URLEncoder.encode(EsoIds.of(RAW_PRIVATE), StandardCharsets.UTF_8),
                    "/dataportal_new/file/" + EsoFixture.RAW_PUBLIC,
                    "/soda/sync?ID=x")) {
                HttpResponse<byte[]> r = eso.get(path, "Bearer " + token);
                assertThat(r.statusCode()).as(path).isEqualTo(401);
                assertThat(r.headers().allValues("WWW-Authenticate"))
                        .anyMatch(v -> v.startsWith("Bearer") && v.contains("invalid_token"));
                assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain(RAW_PRIVATE + "</TD>");
            }
        }
        // The key lives in the file: a token the same key signed an hour ago is still good.
        String earlier = JwtTokens.at(
                        EsoFixture.keyFile(dir), Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC))
                .issue(accountId("eso_user"), "eso_user", "test");
        assertThat(datalink(RAW_PRIVATE, "Bearer " + earlier)).startsWith("200").contains("/dataportal_new/file/");
        assertThatBadCredentials(expired);
    }

    @Test
    void tokenRequestsItCannotGrantAreOAuthErrors() throws Exception {
        record Case(String query, String error) {}
        for (Case c : List.of(
                new Case("grant_type=password&username=eso_user&password=wrong", "invalid_grant"),
                new Case("grant_type=password&username=nobody&password=x", "invalid_grant"),
                new Case("username=eso_user&password=eso-pw", "invalid_request"),
                new Case("grant_type=client_credentials&client_id=x", "unsupported_grant_type"),
                new Case("grant_type=password&username=eso_user", "invalid_request"),
                new Case("grant_type=password&username=eso%00user&password=x", "invalid_request"))) {
            HttpResponse<byte[]> r = eso.get("/sso/oidc/token?" + c.query(), null);
            assertThat(r.statusCode()).as(c.query()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText())
                    .as(c.query())
                    .isEqualTo(c.error());
        }
    }

    private static void assertThatBadCredentials(String expired) throws Exception {
        Accounts accounts = new Accounts(eso.db(), JwtTokens.at(EsoFixture.keyFile(dir), Clock.systemUTC()));
        try {
            new CallerResolver(accounts).of("Bearer " + expired, name -> null);
            throw new AssertionError("an expired token named a caller");
        } catch (BadCredentials expected) {
            assertThat(expected.getMessage()).contains("names no valid credential");
        }
    }

    private static long accountId(String username) throws Exception {
        return new Accounts(eso.db()).login(username, "eso-pw").orElseThrow().accountId();
    }

    private static String flip(String base64) {
        char c = base64.charAt(base64.length() / 2);
        char other = c == 'A' ? 'B' : 'A';
        return base64.substring(0, base64.length() / 2) + other + base64.substring(base64.length() / 2 + 1);
    }
}
