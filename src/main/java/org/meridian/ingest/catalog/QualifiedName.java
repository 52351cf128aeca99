// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.catalog;

import java.util.regex.Pattern;

/** A {@code schema.table} name, restricted to plain identifiers so it can be quoted safely. */
record QualifiedName(String schema, String name) {

    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    QualifiedName {
        if (!IDENT.matcher(schema).matches() || !IDENT.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "table must be schema.name with letters, digits and _: " + schema + "." + name);
        }
    }

    static QualifiedName parse(String text) {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1 || text.indexOf('.', dot + 1) >= 0) {
            throw new IllegalArgumentException("--table must be schema.name, got: " + text);
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return new QualifiedName(lower.substring(0, dot), lower.substring(dot + 1));
    }

    String quotedSchema() {
        return CatalogImporter.q(schema);
    }

    String quoted() {
        return quotedSchema() + "." + CatalogImporter.q(name);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
