// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;

/**
 * {@code /whoami}: MAST's session info. astroquery reads {@code anon} and, when logged in,
 * {@code attrib.display_name}.
 */
public final class WhoAmI {

    private final Database db;

    public WhoAmI(Database db) {
        this.db = db;
    }

    public Map<String, Object> of(Caller caller) throws SQLException {
        Map<String, Object> body = new LinkedHashMap<>();
        if (caller.isAnonymous()) {
            body.put("anon", true);
            body.put("attrib", Map.of());
            body.put("scopes", List.of());
            return body;
        }
        Map<String, Object> attrib = new LinkedHashMap<>();
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select full_name, email from account where id = ?")) {
            s.setLong(1, caller.accountId());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    String full = r.getString(1);
                    String display = full == null || full.isBlank() ? caller.username() : full;
                    int space = display.lastIndexOf(' ');
                    attrib.put("display_name", display);
                    attrib.put("first_name", space < 0 ? display : display.substring(0, space));
                    attrib.put("last_name", space < 0 ? "" : display.substring(space + 1));
                    attrib.put("email", r.getString(2));
                    attrib.put("internal", caller.staff());
                }
            }
        }
        body.put("eppn", caller.username());
        body.put("attrib", attrib);
        body.put("anon", false);
        body.put(
                "scopes",
                caller.staff() ? List.of("mast:exclusive_access", "staff") : List.of("mast:exclusive_access"));
        return body;
    }
}
