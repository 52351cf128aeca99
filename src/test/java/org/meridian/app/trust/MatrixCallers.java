// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meridian.app.Archive;
import org.meridian.core.auth.Accounts;
import org.meridian.testing.DemoHttp;

/**
 * Who calls: each caller kind of the matrix with its credentials, each kind in another of the
 * credential forms every dialect takes (docs/architecture.md, "Callers"), so every form meets every
 * route. Members are the demo's (LCO's proposal has none, so the matrix makes one); the stranger
 * and the grantee are the matrix's own accounts.
 */
final class MatrixCallers {

    /** A caller who names an account, or nobody. */
    enum Kind {
        ANONYMOUS,
        STRANGER,
        MEMBER,
        MEMBER_OTHER_FORM,
        GRANTEE,
        STAFF
    }

    /** A credential that names no account: every route answers it 401 in its own form. */
    enum Bad {
        EXPIRED_SESSION,
        REVOKED_TOKEN,
        MALFORMED,
        TAMPERED_JWT
    }

    static final String LCO_MEMBER = "matrix_lco_pi";
    private static final String PASSWORD = "matrix-password-1";

    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, String> sessions = new HashMap<>();
    private final String strangerSession;
    private final String granteeJwt;
    private final String expiredSession;
    private final String tamperedJwt;
    private final long strangerId;

    private MatrixCallers(
            String strangerSession, long strangerId, String granteeJwt, String expiredSession, String tamperedJwt) {
        this.strangerSession = strangerSession;
        this.strangerId = strangerId;
        this.granteeJwt = granteeJwt;
        this.expiredSession = expiredSession;
        this.tamperedJwt = tamperedJwt;
    }

    /** Makes the matrix's accounts (once per demo archive), grants the grantee every secret. */
    static MatrixCallers make(Archive archive, List<Secret> secrets, DemoHttp http) throws Exception {
        Accounts accounts = archive.accounts();
        if (!accounts.exists(LCO_MEMBER)) {
            accounts.create(LCO_MEMBER, PASSWORD, false, List.of("LCO2025B-014"));
            accounts.create("matrix_stranger", PASSWORD, false, List.of());
            Accounts.NewAccount grantee = accounts.create("matrix_grantee", PASSWORD, false, List.of());
            Secrets.grant(archive, grantee.id(), secrets);
        }
        long stranger =
                accounts.login("matrix_stranger", PASSWORD).orElseThrow().accountId();
        String expired = accounts.openSession(stranger);
        accounts.closeSession(expired);
        String jwt = jwt(http, "matrix_grantee", PASSWORD);
        String[] parts = jwt.split("\\.");
        // Another payload (one claim more) under this token's signature.
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String otherPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"staff\":true," + payload.substring(1)).getBytes());
        MatrixCallers callers = new MatrixCallers(
                accounts.openSession(stranger), stranger, jwt, expired, parts[0] + "." + otherPayload + "." + parts[2]);
        for (Secret s : secrets) {
            String member = s.member() == null ? LCO_MEMBER : s.member();
            long id = accounts.login(member, password(member)).orElseThrow().accountId();
            callers.tokens.put(member, accounts.tokenOf(id));
            callers.sessions.put(member, accounts.openSession(id));
        }
        return callers;
    }

    static String member(Secret s) {
        return s.member() == null ? LCO_MEMBER : s.member();
    }

    static String password(String member) {
        return switch (member) {
            case "gemini_pi" -> "gemini-demo";
            case "jwst_user" -> "jwst-demo";
            case "eso_user" -> "eso-demo";
            default -> PASSWORD;
        };
    }

    private static String jwt(DemoHttp http, String user, String password) throws Exception {
        HttpResponse<String> issued = http.post(
                "/sso/oidc/token",
                "grant_type=password&username=" + DemoHttp.enc(user) + "&password=" + DemoHttp.enc(password));
        return new ObjectMapper().readTree(issued.body()).get("access_token").asText();
    }

    long strangerId() {
        return strangerId;
    }

    String memberToken(Secret s) {
        return tokens.get(member(s));
    }

    /** The header carrying {@code kind}'s credential on a call aimed at {@code secret}; null for none. */
    String[] header(Kind kind, Secret secret, Call call) {
        return switch (kind) {
            case ANONYMOUS -> null;
            case STRANGER -> new String[] {"Cookie", "sessionid=" + strangerSession};
            case MEMBER -> new String[] {"Authorization", "Token " + memberToken(secret)};
            // Another dialect's session cookie than the route's own: one login works everywhere.
            case MEMBER_OTHER_FORM ->
                new String[] {
                    "Cookie",
                    (call.path().startsWith("/tap") ? "gemini_archive_session=" : "JSESSIONID=")
                            + sessions.get(member(secret))
                };
            case GRANTEE -> new String[] {"Authorization", "Bearer " + granteeJwt};
            case STAFF ->
                new String[] {
                    "Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin-demo".getBytes())
                };
        };
    }

    String[] header(Bad bad) {
        return switch (bad) {
            case EXPIRED_SESSION -> new String[] {"Cookie", "gemini_archive_session=" + expiredSession};
            case REVOKED_TOKEN -> new String[] {"Authorization", "Token 0123456789abcdef0123456789abcdef01234567"};
            case MALFORMED -> new String[] {"Authorization", "Basic !!not-base64!!"};
            case TAMPERED_JWT -> new String[] {"Authorization", "Bearer " + tamperedJwt};
        };
    }

    /** Whether {@code kind}, calling about {@code aimedAt}, may see everything of {@code secret}. */
    static boolean entitled(Kind kind, Secret aimedAt, Secret secret) {
        return switch (kind) {
            case ANONYMOUS, STRANGER -> false;
            case MEMBER, MEMBER_OTHER_FORM -> member(aimedAt).equals(member(secret));
            case GRANTEE, STAFF -> !secret.userTable(); // a user table is its owner's alone
        };
    }

    /** Whether {@code kind} owns the job the matrix made for {@code secret} (its member ran it). */
    static boolean owns(Kind kind) {
        return kind == Kind.MEMBER || kind == Kind.MEMBER_OTHER_FORM;
    }
}
