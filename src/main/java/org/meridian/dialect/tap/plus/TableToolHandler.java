// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.vo.dali.DaliParams;
import org.meridian.web.auth.CallerResolver;

/**
 * {@code /tap-server/TableTool} (seed sections 2.11, 3.13): {@code ACTION=radec} (TABLE_NAME, RA,
 * DEC), {@code edit} (TapPlus's {@code update_user_table}: NUMTABLES=1, TABLE0, TABLE0_NUMCOLS and per
 * column {@code TABLE0_COLi}, {@code _UCD}, {@code _UTYPE}, {@code _INDEXED}, {@code _FLAGS}) and
 * {@code rename} (table_name, new_table_name, new_column_names {@code old:new,...}).
 */
record TableToolHandler(CallerResolver callers, UserTableEditor editor) {

    private static final int MAX_COLUMNS = 10_000;

    void handle(Context ctx) throws TapException, SQLException {
        Caller caller = TapPlusRoutes.loggedIn(callers, ctx);
        DaliParams p = PlusParams.of(ctx);
        String action = p.first("ACTION");
        String table;
        switch (action == null ? "" : action.strip().toLowerCase(Locale.ROOT)) {
            case "radec" -> {
                table = p.first("TABLE_NAME");
                editor.radec(caller, table, p.first("RA"), p.first("DEC"));
            }
            case "edit" -> {
                if (!"1".equals(p.first("NUMTABLES"))) {
                    throw TapException.badRequest("edit takes one table at a time: NUMTABLES=1");
                }
                table = p.first("TABLE0");
                editor.edit(caller, table, edits(p));
            }
            case "rename" -> {
                table = p.first("TABLE_NAME");
                editor.rename(caller, table, p.first("NEW_TABLE_NAME"), renames(p.first("NEW_COLUMN_NAMES")));
            }
            default -> throw TapException.badRequest("ACTION must be radec, edit or rename");
        }
        ctx.contentType("text/plain; charset=UTF-8").result("OK\nTable '" + table + "' updated.\n");
    }

    private static List<UserTableEditor.ColumnEdit> edits(DaliParams p) throws TapException {
        int count;
        try {
            count = Integer.parseInt(String.valueOf(p.first("TABLE0_NUMCOLS")).strip());
        } catch (NumberFormatException e) {
            throw TapException.badRequest("TABLE0_NUMCOLS must be a number");
        }
        if (count < 0 || count > MAX_COLUMNS) {
            throw TapException.badRequest("TABLE0_NUMCOLS must be between 0 and " + MAX_COLUMNS);
        }
        List<UserTableEditor.ColumnEdit> edits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = "TABLE0_COL" + i;
            String column = p.first(key);
            if (column == null) {
                throw TapException.badRequest(key + " is missing");
            }
            edits.add(new UserTableEditor.ColumnEdit(
                    column,
                    text(p.first(key + "_UCD")),
                    text(p.first(key + "_UTYPE")),
                    flags(p.first(key + "_FLAGS")),
                    PlusParams.isTrue(p.first(key + "_INDEXED"))));
        }
        return edits;
    }

    /** TapPlus sends Python's {@code str(None)} for a value it does not have. */
    private static String text(String value) {
        return value == null || value.isBlank() || value.equals("None") ? null : value.strip();
    }

    private static int flags(String value) throws TapException {
        String v = text(value);
        if (v == null) {
            return 0;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "ra" -> UserTableEditor.RA;
            case "dec" -> UserTableEditor.DEC;
            case "flux" -> UserTableEditor.FLUX;
            case "mag" -> UserTableEditor.MAG;
            case "pk" -> UserTableEditor.PK;
            default -> throw TapException.badRequest("flags must be Ra, Dec, Flux, Mag, PK or None, not " + v);
        };
    }

    private static Map<String, String> renames(String list) throws TapException {
        Map<String, String> renames = new LinkedHashMap<>();
        if (list == null || list.isBlank()) {
            return renames;
        }
        for (String item : list.split(",")) {
            int colon = item.indexOf(':');
            if (colon < 0) {
                throw TapException.badRequest("new_column_names is old:new,old:new, not " + item);
            }
            renames.put(
                    item.substring(0, colon).strip(), item.substring(colon + 1).strip());
        }
        return renames;
    }
}
