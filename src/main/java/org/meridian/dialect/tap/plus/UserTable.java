// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import java.util.List;

/**
 * A table in a user's space as its registry row describes it.
 *
 * @param schema the owner's schema, {@code user_<name>}
 * @param name the plain table name (see {@link UserNames})
 */
record UserTable(
        long id,
        long accountId,
        String schema,
        String name,
        String description,
        long rows,
        long bytes,
        List<Column> columns) {

    UserTable {
        columns = List.copyOf(columns);
    }

    String qualifiedName() {
        return schema + "." + name;
    }

    String sqlName() {
        return UserNames.quoted(schema) + "." + UserNames.quoted(name);
    }

    /** Flags as esatapplus:flags carries them: 1 Ra, 2 Dec, 4 Flux, 8 Mag, 16 PK. */
    record Column(
            String name,
            String datatype,
            String arraysize,
            String xtype,
            String unit,
            String ucd,
            String utype,
            String description,
            int flags,
            boolean indexed) {}
}
