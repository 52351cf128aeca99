// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.dialect.tap.schema.TableSet;
import org.meridian.dialect.tap.schema.TapSchema;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.store.Database;
import org.meridian.vo.dali.DaliParams;
import org.meridian.web.auth.CallerResolver;

/**
 * {@code /tap-server/tap/tables}, GET or POST: the caller's tableset (published tables plus their
 * own) as Gaia serves it, with the filters of seed section 3.10 applied in its order of priority:
 * {@code tables} alone; else {@code only_schemas}; else {@code schemas}, then {@code only_tables}.
 * {@code share_info} and {@code share_accessible} are accepted; the tables shared with the caller are
 * part of their view whenever sharing gives them any.
 */
record GaiaTables(Database db, TapSchema schema, CallerResolver callers) {

    void handle(Context ctx) throws TapException, SQLException {
        DaliParams params = PlusParams.of(ctx);
        Caller caller = callers.of(ctx);
        TableSet visible;
        Map<String, Integer> userFlags = new HashMap<>();
        String owner = null;
        try (Connection c = db.connection()) {
            visible = schema.tablesFor(c, caller, "");
            for (UserTable t : UserSpace.visibleTo(c, caller)) {
                t.columns().forEach(col -> userFlags.put(t.qualifiedName() + "." + col.name(), col.flags()));
                if (t.accountId() == caller.accountId()) {
                    owner = t.schema();
                }
            }
        }
        String tables = params.first("tables");
        List<TapTable> selected;
        boolean columns;
        boolean onlySchemas = false;
        if (tables != null && !tables.isBlank()) {
            selected = new ArrayList<>();
            for (String name : split(tables)) {
                // an unknown name and another user's table are alike: simply not in the answer
                visible.find(name).filter(t -> !selected.contains(t)).ifPresent(selected::add);
            }
            columns = true;
        } else {
            onlySchemas = PlusParams.isTrue(params.first("only_schemas"));
            String schemas = params.first("schemas");
            Set<String> wanted = schemas == null || schemas.isBlank()
                    ? Set.of()
                    : split(schemas).stream()
                            .map(s -> s.toLowerCase(Locale.ROOT))
                            .collect(Collectors.toSet());
            selected = visible.all().stream()
                    .filter(t -> wanted.isEmpty() || wanted.contains(t.schema().toLowerCase(Locale.ROOT)))
                    .toList();
            columns = !PlusParams.isTrue(params.first("only_tables"));
        }
        ctx.contentType("text/xml; charset=UTF-8")
                .result(GaiaTablesDocument.render(selected, columns, onlySchemas, owner, userFlags));
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
