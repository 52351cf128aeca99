// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The SQL condition on {@code source_id} for a list or a range of sources, with its parameters. */
record Where(String sql, Binder binder) {

    @FunctionalInterface
    interface Binder {
        /** Sets the condition's parameters from index {@code first}; returns the next free index. */
        int bind(Connection c, PreparedStatement s, int first) throws SQLException;
    }

    static Where of(SourceSelection.Listed listed) {
        long[] ids = listed.ids();
        return new Where("source_id = any(?)", (c, s, i) -> {
            Long[] boxed = new Long[ids.length];
            for (int k = 0; k < ids.length; k++) {
                boxed[k] = ids[k];
            }
            s.setArray(i, c.createArrayOf("bigint", boxed));
            return i + 1;
        });
    }

    static Where of(SourceSelection.Range range) {
        return new Where("source_id between ? and ?", (c, s, i) -> {
            s.setLong(i, range.from());
            s.setLong(i + 1, range.to());
            return i + 2;
        });
    }
}
