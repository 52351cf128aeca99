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

    public List<TapTable> all() {
        return tables;
    }

    /** A table by its qualified name ({@code schema.table}). */
    public Optional<TapTable> find(String qualifiedName) {
        return Optional.ofNullable(byName.get(qualifiedName.toLowerCase(Locale.ROOT)));
    }

    /** The schema names in first-seen order. */
    public List<String> schemas() {
        return tables.stream().map(TapTable::schema).distinct().toList();
    }
}
