// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import org.meridian.dialect.tap.adql.ast.Query;

/** One single-purpose transformation of the ADQL tree on its way to PostgreSQL. */
@FunctionalInterface
public interface RewriteStep {
    Query apply(Query query);
}
