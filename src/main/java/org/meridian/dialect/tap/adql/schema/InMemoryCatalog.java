// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.schema;

import java.util.ArrayList;
import java.util.List;

/** A fixed list of tables, for tests and for adding a request's uploads to a service's catalog. */
public record InMemoryCatalog(List<TableInfo> tables) implements SchemaCatalog {
    public InMemoryCatalog {
        tables = List.copyOf(tables);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** This catalog plus more tables (e.g. TAP_UPLOAD.* of one request). */
    public InMemoryCatalog with(List<TableInfo> more) {
        List<TableInfo> all = new ArrayList<>(tables);
        all.addAll(more);
        return new InMemoryCatalog(all);
    }

    public static final class Builder {
        private final List<TableInfo> tables = new ArrayList<>();

        /** Starts a table; finish it with {@link TableBuilder#done()}. */
        public TableBuilder table(String schema, String name) {
            return new TableBuilder(this, schema, name);
        }

        public InMemoryCatalog build() {
            return new InMemoryCatalog(tables);
        }
    }

    public static final class TableBuilder {
        private final Builder parent;
        private final String schema;
        private final String name;
        private final List<ColumnInfo> columns = new ArrayList<>();
        private PositionColumns position;

        private TableBuilder(Builder parent, String schema, String name) {
            this.parent = parent;
            this.schema = schema;
            this.name = name;
        }

        public TableBuilder column(String columnName, String datatype, String unit) {
            columns.add(new ColumnInfo(columnName, datatype, unit));
            return this;
        }

        public TableBuilder column(String columnName, String datatype) {
            return column(columnName, datatype, null);
        }

        /** Declares the position columns (which must be added as columns too); hpx may be null. */
        public TableBuilder position(String ra, String dec, String hpx) {
            position = new PositionColumns(ra, dec, hpx);
            return this;
        }

        public Builder done() {
            parent.tables.add(new TableInfo(schema, name, columns, position));
            return parent;
        }
    }
}
