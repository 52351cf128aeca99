// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.meridian.store.SqlFragment;

/** Collects SQL terms and their parameters, to AND them into one {@link SqlFragment}. */
final class Conjunction {

    private final List<String> terms = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    void add(String sql, Object... values) {
        terms.add(sql);
        parameters.addAll(Arrays.asList(values));
    }

    SqlFragment toFragment() {
        if (terms.isEmpty()) {
            return SqlFragment.TRUE;
        }
        return new SqlFragment(
                terms.size() == 1 ? terms.getFirst() : "(" + String.join(") and (", terms) + ")", parameters);
    }

    /** A timestamptz parameter. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** {@code value} for a LIKE pattern with its own wildcard characters made literal. */
    static String likeLiteral(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
