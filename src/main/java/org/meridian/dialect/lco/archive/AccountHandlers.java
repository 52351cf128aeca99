// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.core.auth.Caller;

/** {@code POST /api-token-auth/} and {@code GET /profile/}: the portal's accounts and tokens. */
public final class AccountHandlers {

    private final Callers callers;

    public AccountHandlers(Callers callers) {
        this.callers = callers;
    }

    /** DRF's ObtainAuthToken: form or JSON {@code username}, {@code password} → {@code {"token"}}. */
    public void tokenAuth(Context ctx) throws Exception {
        Map<String, String> fields = fields(ctx);
        Map<String, Object> errors = new LinkedHashMap<>();
        for (String f : List.of("username", "password")) {
            if (fields.getOrDefault(f, "").isEmpty()) {
                errors.put(f, List.of("This field is required."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, errors);
        }
        Caller caller = callers.accounts()
                .login(fields.get("username"), fields.get("password"))
                .orElseThrow(() -> new ApiException(
                        400, Map.of("non_field_errors", List.of("Unable to log in with provided credentials."))));
        ctx.json(Map.of("token", callers.accounts().tokenOf(caller.accountId())));
    }

    public void profile(Context ctx) throws Exception {
        Caller caller = callers.of(ctx);
        if (caller.isAnonymous()) {
            ctx.header("WWW-Authenticate", "Token");
            throw ApiException.detail(401, "Authentication credentials were not provided.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", caller.username());
        body.put(
                "profile",
                Map.of("proposals", caller.programs().stream().sorted().toList()));
        body.put("is_staff", caller.staff());
        ctx.json(body);
    }

    /** The fields of a url-encoded or JSON body. */
    static Map<String, String> fields(Context ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        if (JsonBodies.isJson(ctx)) {
            JsonBodies.parse(ctx)
                    .properties()
                    .forEach(e -> out.put(
                            e.getKey(),
                            e.getValue().isValueNode()
                                    ? e.getValue().asText()
                                    : e.getValue().toString()));
        } else {
            ctx.formParamMap().forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.getLast()));
        }
        return out;
    }
}
