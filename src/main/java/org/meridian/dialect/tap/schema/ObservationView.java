// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One published table over the observations, declared once: its TAP metadata and, column by column,
 * the SQL that computes it from the core model. The table TAP publishes ({@link #table()}) and the
 * {@code *_all} view behind it ({@link #createSql()}, applied by the repeatable migration
 * {@code tap.migration.R__Tap_views}) are both made from this declaration, so they cannot disagree.
 * The view adds the observation columns {@code core.archive.Access} reads (alias {@code o}) after the
 * public ones; ADQL never names the view, only the access-filtered table (docs/architecture.md, Access).
 *
 * @param name the published name, e.g. {@code ivoa.ObsCore}
 * @param sqlView the view's qualified name, e.g. {@code ivoa.obscore_all}
 * @param from the view's FROM clause, which names the observation {@code o}
 * @param datalinkId the column whose values the archive's DataLink service takes as IDs, or null
 */
public record ObservationView(
        String schema,
        String name,
        String utype,
        String description,
        String sqlView,
        String from,
        List<Column> columns,
        String datalinkId) {

    /** The observation columns the access policy reads, in the order the view ends with them. */
    public static final List<String> ACCESS_COLUMNS = List.of(
            "id",
            "engineering",
            "release",
            "program_id",
            "observation_id",
            "instrument",
            "proprietary_coordinates",
            "collection",
            "reduction_level");

    /** A published column and the SQL expression that computes it. */
    public record Column(TapColumn column, String sql) {}

    public ObservationView {
        columns = List.copyOf(columns);
        if (datalinkId != null
                && columns.stream().noneMatch(c -> c.column().name().equals(datalinkId))) {
            throw new IllegalArgumentException(name + " has no column " + datalinkId);
        }
        for (Column c : columns) {
            // A public column named like an access column stands for it in the view: it must be it.
            if (ACCESS_COLUMNS.contains(c.column().name())
                    && !c.sql().equals("o." + c.column().name())) {
                throw new IllegalArgumentException(name + "." + c.column().name() + " hides the access column o."
                        + c.column().name() + " with " + c.sql());
            }
        }
    }

    /** Declares a view; add its columns with {@link Declaration#column}. */
    public static Declaration of(String name, String sqlView) {
        return new Declaration(name, sqlView);
    }

    /** What TAP publishes: the columns' metadata, rows from the view filtered per caller. */
    public TapTable table() {
        return new TapTable(
                schema,
                name,
                "view",
                utype,
                description,
                columns.stream().map(Column::column).toList(),
                new TapTable.AccessFiltered(sqlView));
    }

    /** The view's SQL: dropped and made again, so columns may be added, removed or reordered. */
    public String createSql() {
        List<String> items = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Column c : columns) {
            items.add(c.sql() + " as " + c.column().name());
            names.add(c.column().name());
        }
        for (String access : ACCESS_COLUMNS) {
            if (!names.contains(access)) {
                items.add("o." + access);
            }
        }
        return "drop view if exists " + sqlView + ";\ncreate view " + sqlView + " as\nselect "
                + items.stream().collect(Collectors.joining(",\n       ")) + "\nfrom " + from + ";\n";
    }

    /** An {@link ObservationView} being declared. */
    public static final class Declaration {

        private final String name;
        private final String sqlView;
        private String utype;
        private String description;
        private String from;
        private String datalinkId;
        private final List<Column> columns = new ArrayList<>();

        private Declaration(String name, String sqlView) {
            this.name = name;
            this.sqlView = sqlView;
        }

        public Declaration utype(String utype) {
            this.utype = utype;
            return this;
        }

        public Declaration description(String description) {
            this.description = description;
            return this;
        }

        /** The FROM clause (joins and WHERE included) over {@code observation o}. */
        public Declaration from(String from) {
            this.from = from;
            return this;
        }

        /** The column DataLink takes as ID: results holding it carry a DataLink service descriptor. */
        public Declaration datalinkId(String column) {
            this.datalinkId = column;
            return this;
        }

        public Declaration column(TapColumn.Builder column, String sql) {
            columns.add(new Column(column.build(), sql));
            return this;
        }

        public ObservationView build() {
            return new ObservationView(
                    name.substring(0, name.indexOf('.')), name, utype, description, sqlView, from, columns, datalinkId);
        }
    }
}
