// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.rest;

/**
 * One filterable, orderable field of a REST resource. Nested fields are named with {@code __}
 * ({@code program__abstract}) and appear as nested objects in the results.
 *
 * @param proprietary blanked (and not filterable) when the caller may not see the row's coordinates
 */
record RestField(String name, String sql, Type type, boolean proprietary) {

    enum Type {
        TEXT,
        NUMBER,
        INTEGER,
        BOOLEAN,
        TIMESTAMP
    }

    static RestField text(String name, String sql) {
        return new RestField(name, sql, Type.TEXT, false);
    }

    static RestField number(String name, String sql) {
        return new RestField(name, sql, Type.NUMBER, false);
    }

    static RestField integer(String name, String sql) {
        return new RestField(name, sql, Type.INTEGER, false);
    }

    static RestField bool(String name, String sql) {
        return new RestField(name, sql, Type.BOOLEAN, false);
    }

    static RestField time(String name, String sql) {
        return new RestField(name, sql, Type.TIMESTAMP, false);
    }

    RestField masked() {
        return new RestField(name, sql, type, true);
    }
}
