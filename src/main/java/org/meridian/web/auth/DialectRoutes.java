// SPDX-License-Identifier: Apache-2.0
package org.meridian.web.auth;

import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsExceptionHandler;
import io.javalin.websocket.WsHandlerType;
import java.util.Optional;
import java.util.function.Consumer;
import org.meridian.web.DatabaseUnavailable;
import org.meridian.web.NulCharacters;

/**
 * A dialect's door: its view of the router, through which it adds every endpoint, so that no
 * endpoint, present or future, can forget what every request must pass. Before the handler runs, a
 * request carrying a NUL character ({@link NulCharacters#in(Context)}) is refused with 400; while it
 * runs, a credential that names no account ({@link BadCredentials}, from {@link CallerResolver}) is
 * refused with 401 and its stale cookies are cleared, and a database that cannot be reached
 * ({@link DatabaseUnavailable}) is a 503 with {@code Retry-After}. These answers are written in the
 * dialect's own error form by its {@link Refusal}.
 */
public record DialectRoutes(JavalinDefaultRoutingApi routes, Refusal refusal) implements JavalinDefaultRoutingApi {

    /** Writes the dialect's error answer; the status is already set. */
    @FunctionalInterface
    public interface Refusal {
        void answer(Context ctx, int status, String message) throws Exception;
    }

    public static JavalinDefaultRoutingApi of(JavalinDefaultRoutingApi routes, Refusal refusal) {
        return new DialectRoutes(routes, refusal);
    }

    @Override
    public JavalinDefaultRoutingApi addEndpoint(Endpoint endpoint) {
        Handler handler = endpoint.handler;
        Endpoint guarded = new Endpoint(endpoint.method, endpoint.path, ctx -> {
            Optional<String> nul = NulCharacters.in(ctx);
            if (nul.isPresent()) {
                ctx.status(400);
                refusal.answer(ctx, 400, NulCharacters.message(nul.get()));
                return;
            }
            try {
                handler.handle(ctx);
            } catch (BadCredentials e) {
                refuse(ctx, e, refusal);
            } catch (Exception e) {
                if (!DatabaseUnavailable.is(e) || ctx.res().isCommitted()) {
                    throw e;
                }
                ctx.status(503).header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                refusal.answer(ctx, 503, DatabaseUnavailable.MESSAGE);
            }
        });
        Roles roles = endpoint.metadata(Roles.class); // the only metadata Javalin's routing API attaches
        routes.addEndpoint(roles == null ? guarded : guarded.withMetadata(roles));
        return this;
    }

    /**
     * Answers a refused credential: 401, the stale cookies cleared, the body in the dialect's form. A
     * refused bearer token also gets the challenge RFC 6750 section 3.1 asks for, so that OAuth2
     * clients know to fetch a new token.
     */
    public static void refuse(Context ctx, BadCredentials e, Refusal refusal) throws Exception {
        e.clearCookies(ctx);
        ctx.status(401);
        refusal.answer(ctx, 401, e.getMessage());
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.trim().regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.res()
                    .addHeader(
                            "WWW-Authenticate",
                            "Bearer realm=\"meridian\", error=\"invalid_token\","
                                    + " error_description=\"the token is expired, revoked or not valid\"");
        }
    }

    @Override
    public <E extends Exception> JavalinDefaultRoutingApi exception(
            Class<E> type, ExceptionHandler<? super E> handler) {
        routes.exception(type, handler);
        return this;
    }

    @Override
    public JavalinDefaultRoutingApi error(int status, String contentType, Handler handler) {
        routes.error(status, contentType, handler);
        return this;
    }

    @Override
    public <E extends Exception> JavalinDefaultRoutingApi wsException(
            Class<E> type, WsExceptionHandler<? super E> handler) {
        routes.wsException(type, handler);
        return this;
    }

    @Override
    public JavalinDefaultRoutingApi addWsHandler(
            WsHandlerType type, String path, Consumer<WsConfig> config, RouteRole... roles) {
        routes.addWsHandler(type, path, config, roles);
        return this;
    }
}
