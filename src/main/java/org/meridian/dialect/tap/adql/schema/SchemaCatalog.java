// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.schema;

import java.util.List;
import org.meridian.dialect.tap.adql.ast.Identifier;

/**
 * The tables a query may use (TAP_SCHEMA plus the request's TAP_UPLOAD tables). Names match the
 * way ADQL identifiers do: regular identifiers case-insensitively, delimited ones exactly.
 */
public interface SchemaCatalog {

    List<TableInfo> tables();

    /**
     * The tables a written name may denote: {@code [schema.]table}; several when an unqualified
     * name exists in more than one schema. A leading catalog part is ignored.
     */
    default List<TableInfo> lookup(List<Identifier> name) {
        Identifier table = name.get(name.size() - 1);
        Identifier schema = name.size() >= 2 ? name.get(name.size() - 2) : null;
        return tables().stream()
                .filter(t -> table.matches(t.name()) && (schema == null || schema.matches(t.schema())))
                .toList();
    }
}
