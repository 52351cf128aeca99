// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.schema;

import java.util.Objects;

/**
 * A column as TAP_SCHEMA.columns describes it: its name as stored in the database, its ADQL
 * datatype (e.g. DOUBLE, VARCHAR, POINT) and its unit (may be null).
 */
public record ColumnInfo(String name, String datatype, String unit) {
    public ColumnInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(datatype, "datatype");
    }
}
