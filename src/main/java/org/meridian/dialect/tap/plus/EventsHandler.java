// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.store.Database;
import org.meridian.vo.dali.DaliParams;
import org.meridian.web.auth.CallerResolver;

/**
 * {@code /tap-server/tap/event} ({@code event_type=millis} lines, {@code id} picks one type) and
 * {@code /tap-server/tap/notification?action=GetNotifications}
 * ({@code id[type: type,subtype]=message} lines), for logged-in callers (seed sections 2.9, 2.10).
 */
record EventsHandler(Database db, CallerResolver callers) {

    void events(Context ctx) throws TapException, SQLException {
        Caller caller = TapPlusRoutes.loggedIn(callers, ctx);
        String id = PlusParams.of(ctx).first("id");
        Integer only = null;
        if (id != null && !id.isBlank()) {
            try {
                only = Integer.valueOf(id.strip());
            } catch (NumberFormatException e) {
                throw TapException.badRequest("id must be an event type, e.g. 4000 (table created)");
            }
        }
        Map<Integer, Long> events;
        try (Connection c = db.connection()) {
            events = PlusEvents.of(c, caller.accountId());
        }
        Integer type = only;
        String body = events.entrySet().stream()
                .filter(e -> type == null || e.getKey().equals(type))
                .map(e -> e.getKey() + "=" + e.getValue() + "\n")
                .collect(Collectors.joining());
        ctx.contentType("text/plain; charset=UTF-8").result(body);
    }

    void notifications(Context ctx) throws TapException, SQLException {
        Caller caller = TapPlusRoutes.loggedIn(callers, ctx);
        DaliParams p = PlusParams.of(ctx);
        String action = p.first("action");
        if (action != null && !action.equalsIgnoreCase("GetNotifications")) {
            throw TapException.badRequest("action must be GetNotifications");
        }
        String body;
        try (Connection c = db.connection()) {
            body = PlusNotifications.of(c, caller.accountId()).stream()
                    .map(n -> n.line() + "\n")
                    .collect(Collectors.joining());
        }
        ctx.contentType("text/plain; charset=UTF-8").result(body);
    }
}
