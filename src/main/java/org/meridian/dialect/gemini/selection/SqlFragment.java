// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A boolean SQL expression with {@code ?} placeholders and their values in order. Fragments AND
 * together, so a caller can add the core's access predicate to a selection's.
 */
public record SqlFragment(String sql, List<Object> parameters) {

    public static final SqlFragment TRUE = new SqlFragment("true", List.of());

    public SqlFragment {
        parameters = List.copyOf(parameters);
    }

    public SqlFragment and(SqlFragment other) {
        if (this.equals(TRUE)) {
            return other;
        }
        if (other.equals(TRUE)) {
            return this;
        }
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(other.parameters);
        return new SqlFragment("(" + sql + ") and (" + other.sql + ")", all);
    }

    /** Binds the parameters to {@code statement}, starting at placeholder {@code first}; returns the next. */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        int i = first;
        for (Object p : parameters) {
            statement.setObject(i++, p);
        }
        return i;
    }
}
