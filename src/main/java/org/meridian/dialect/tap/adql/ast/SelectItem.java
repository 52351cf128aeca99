// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

import java.util.List;

/** An entry of the select list. */
public sealed interface SelectItem {
    /** {@code *} or {@code qualifier.*}; the qualifier is empty for a bare star. */
    record AllColumns(List<Identifier> qualifier) implements SelectItem {
        public AllColumns {
            qualifier = List.copyOf(qualifier);
        }
    }

    /** An expression with an optional alias ({@code null} when absent). */
    record DerivedColumn(Expression expression, Identifier alias) implements SelectItem {}
}
