// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A piece of SQL with {@code ?} placeholders and the values that fill them, so predicates from
 * different places (a dialect's selection, the core's access policy) can be ANDed safely.
 */
public record SqlFragment(String sql, List<Object> params) {

    public static final SqlFragment TRUE = new SqlFragment("true", List.of());

    public SqlFragment {
        params = List.copyOf(params);
    }

    public static SqlFragment of(String sql, Object... params) {
        return new SqlFragment(sql, List.of(params));
    }

    public SqlFragment and(SqlFragment other) {
        if (equals(TRUE)) {
            return other;
        }
        if (other.equals(TRUE)) {
            return this;
        }
        List<Object> all = new ArrayList<>(params);
        all.addAll(other.params);
        return new SqlFragment("(" + sql + ") and (" + other.sql + ")", all);
    }

    public SqlFragment or(SqlFragment other) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(other.params);
        return new SqlFragment("(" + sql + ") or (" + other.sql + ")", all);
    }

    /**
     * Binds the parameters from index {@code first}; Collections become {@code text[]} arrays (use
     * {@code = any(?)}). Returns the next free index.
     */
    public int bind(PreparedStatement s, int first) throws SQLException {
        int i = first;
        for (Object p : params) {
            if (p instanceof Collection<?> values) {
                Connection c = s.getConnection();
                Array array = c.createArrayOf(
                        "text", values.stream().map(String::valueOf).toArray());
                s.setArray(i++, array);
            } else {
                s.setObject(i++, p);
            }
        }
        return i;
    }
}
