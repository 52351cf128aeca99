// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

import java.util.List;

/** An entry of the FROM clause. */
public sealed interface TableRef {
    /** {@code [catalog.][schema.]table [AS alias]}; alias is {@code null} when absent. */
    record Table(List<Identifier> name, Identifier alias) implements TableRef {
        public Table {
            name = List.copyOf(name);
        }

        public Identifier table() {
            return name.get(name.size() - 1);
        }

        /** The name other parts of the query use to qualify this table's columns. */
        public Identifier exposedName() {
            return alias != null ? alias : table();
        }
    }

    /** {@code (query) [AS] alias}. */
    record Subquery(QueryExpression query, Identifier alias) implements TableRef {}

    /** A join; {@code on} and {@code using} are mutually exclusive, both empty for NATURAL or CROSS. */
    record Join(JoinType type, boolean natural, TableRef left, TableRef right, Expression on, List<Identifier> using)
            implements TableRef {
        public Join {
            using = List.copyOf(using);
        }
    }

    enum JoinType {
        INNER,
        LEFT,
        RIGHT,
        FULL,
        CROSS
    }
}
