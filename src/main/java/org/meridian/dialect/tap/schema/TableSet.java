// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The published tables, found by their ADQL name (case-insensitively, as regular identifiers are). */
public final class TableSet {

    private final List<TapTable> tables;
    private final Map<String, TapTable> byName = new LinkedHashMap<>();

    public TableSet(List<TapTable> tables) {
        this.tables = List.copyOf(tables);
        for (TapTable t : tables) {
            byName.putIfAbsent(t.key(), t);
        }
    }

    /** These tables plus some more (a query's uploads), which shadow nothing already published. */
    public TableSet with(List<TapTable> more) {
        List<TapTable> all = new java.util.ArrayList<>(tables);
        all.addAll(more);
        return new TableSet(all);
    }

    /**
     * These tables with some replaced by others of the same name, in place, and any new ones
     * added after them (one caller's view: TAP_SCHEMA and user tables, see {@link CallerTables}).
     */
    public TableSet replacing(List<TapTable> replacements) {
        Map<String, TapTable> byKey = new LinkedHashMap<>();
        replacements.forEach(t -> byKey.putIfAbsent(t.key(), t));
        List<TapTable> all = new java.util.ArrayList<>();
        for (TapTable t : tables) {
            TapTable replacement = byKey.remove(t.key());
            all.add(replacement != null ? replacement : t);
        }
        all.addAll(byKey.values());
        return new TableSet(all);
    }

    public List<TapTable> all() {
        return tables;
    }

    /** A table by its qualified name ({@code schema.table}). */
    public Optional<TapTable> find(String qualifiedName) {
        return Optional.ofNullable(byName.get(qualifiedName.toLowerCase(Locale.ROOT)));
    }

    /** What TAP_SCHEMA's contents depend on: every table with its columns. */
    public List<String> signature() {
        return tables.stream()
                .map(t -> t.name() + t.columns().stream().map(TapColumn::name).toList())
                .toList();
    }

    /** The schema names in first-seen order. */
    public List<String> schemas() {
        return tables.stream().map(TapTable::schema).distinct().toList();
    }
}
