// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.core.auth.JwtTokens;
import org.meridian.vo.dali.DaliParams;
import org.meridian.web.FormBody;
import org.meridian.web.RequestUrls;

/**
 * ESO's OAuth2/OpenID Connect token service (docs/urls.md, "ESO"): {@code /sso/oidc/token} takes the
 * password grant as ESO's does (GET or POST, {@code grant_type=password}, {@code username},
 * {@code password}, any {@code client_id}) and answers a signed JWT valid eight hours as both
 * {@code access_token} and {@code id_token}; {@code /.well-known/openid-configuration} and
 * {@code /sso/oidc/jwks} let clients find the endpoint and verify tokens. Errors follow RFC 6749
 * section 5.2.
 */
public final class OidcRoutes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Accounts accounts;
    private final JwtTokens jwt;

    public OidcRoutes(Accounts accounts, JwtTokens jwt) {
        this.accounts = accounts;
        this.jwt = jwt;
    }

    /** Not behind a dialect door: the token endpoint is where credentials are checked, in OAuth2's own form. */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/sso/oidc/token", this::token);
        routes.post("/sso/oidc/token", this::token);
        routes.get("/sso/oidc/jwks", ctx -> json(ctx, 200, jwt.jwks()));
        routes.get("/.well-known/openid-configuration", this::configuration);
    }

    private void token(Context ctx) throws Exception {
        ctx.header("Cache-Control", "no-store");
        DaliParams params;
        try {
            params = DaliParams.of(ctx);
        } catch (FormBody.MalformedException e) {
            error(ctx, 400, "invalid_request", e.getMessage());
            return;
        }
        String grant = params.first("grant_type");
        String username = params.first("username");
        String password = params.first("password");
        if (grant == null || grant.isBlank()) {
            error(ctx, 400, "invalid_request", "grant_type is required");
            return;
        }
        if (!grant.equals("password")) {
            error(ctx, 400, "unsupported_grant_type", "only grant_type=password is supported");
            return;
        }
        if (username == null || password == null || username.isBlank()) {
            error(ctx, 400, "invalid_request", "username and password are required");
            return;
        }
        if (username.indexOf('\0') >= 0 || password.indexOf('\0') >= 0 || username.length() > 256) {
            error(ctx, 400, "invalid_request", "username or password holds characters no account has");
            return;
        }
        Optional<Caller> caller;
        try {
            caller = accounts.login(username, password);
        } catch (SQLException e) {
            error(ctx, 503, "temporarily_unavailable", "cannot check credentials now");
            return;
        }
        if (caller.isEmpty()) {
            error(ctx, 400, "invalid_grant", "wrong username or password");
            return;
        }
        String token = jwt.issue(caller.get().accountId(), caller.get().username(), RequestUrls.base(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("id_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", JwtTokens.LIFETIME.toSeconds());
        body.put("scope", "openid");
        json(ctx, 200, body);
    }

    private void configuration(Context ctx) throws Exception {
        String base = RequestUrls.base(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuer", base);
        body.put("token_endpoint", base + "/sso/oidc/token");
        body.put("jwks_uri", base + "/sso/oidc/jwks");
        body.put("grant_types_supported", List.of("password"));
        body.put("response_types_supported", List.of("id_token token", "token"));
        body.put("subject_types_supported", List.of("public"));
        body.put("id_token_signing_alg_values_supported", List.of("RS256"));
        body.put("token_endpoint_auth_methods_supported", List.of("none", "client_secret_post"));
        body.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "preferred_username"));
        json(ctx, 200, body);
    }

    private static void error(Context ctx, int status, String code, String description) throws Exception {
        json(ctx, status, Map.of("error", code, "error_description", description));
    }

    private static void json(Context ctx, int status, Object body) throws Exception {
        ctx.status(status).contentType("application/json").result(JSON.writeValueAsBytes(body));
    }
}
