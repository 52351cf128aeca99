// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

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

/**
 * A dialect's view of the router in which every endpoint it adds first refuses a request carrying
 * a NUL character ({@link NulCharacters#in(Context)}) with status 400 in the dialect's own error
 * form, so that no endpoint, present or future, can forget the check. A dialect adds its routes
 * through {@link #of} and changes nothing else.
 */
public final class NulRefusingRoutes implements JavalinDefaultRoutingApi {

    /** Writes the dialect's 400 answer carrying {@code message}. */
    @FunctionalInterface
    public interface Refusal {
        void answer(Context ctx, String message) throws Exception;
    }

    private final JavalinDefaultRoutingApi routes;
    private final Refusal refusal;

    private NulRefusingRoutes(JavalinDefaultRoutingApi routes, Refusal refusal) {
        this.routes = routes;
        this.refusal = refusal;
    }

    public static JavalinDefaultRoutingApi of(JavalinDefaultRoutingApi routes, Refusal refusal) {
        return new NulRefusingRoutes(routes, refusal);
    }

    @Override
    public JavalinDefaultRoutingApi addEndpoint(Endpoint endpoint) {
        Handler handler = endpoint.handler;
        Endpoint guarded = new Endpoint(endpoint.method, endpoint.path, ctx -> {
            Optional<String> nul = NulCharacters.in(ctx);
            if (nul.isPresent()) {
                ctx.status(400);
                refusal.answer(ctx, NulCharacters.message(nul.get()));
            } else {
                handler.handle(ctx);
            }
        });
        Roles roles = endpoint.metadata(Roles.class); // the only metadata Javalin's routing API attaches
        routes.addEndpoint(roles == null ? guarded : guarded.withMetadata(roles));
        return this;
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
