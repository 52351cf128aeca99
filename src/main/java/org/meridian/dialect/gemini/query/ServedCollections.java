// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.query;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.meridian.store.SqlFragment;

/**
 * The collections the Gemini dialect serves: by default Gemini's own, since its users expect Gemini
 * files only and its rules (QA states, program IDs, calibration associations) are Gemini's. An
 * archive that wants every collection behind the Gemini URLs widens it with the setting
 * {@code gemini.collections} (docs/operations.md). Access is still decided by {@code Access}.
 */
public record ServedCollections(List<String> names) {

    public static final ServedCollections GEMINI = new ServedCollections(List.of("GEMINI"));

    public ServedCollections {
        names = names.stream().map(n -> n.strip().toUpperCase(Locale.ROOT)).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("the Gemini dialect must serve at least one collection");
        }
    }

    /** {@code alias.collection} is one of them. */
    public SqlFragment condition(String alias) {
        String marks = String.join(", ", Collections.nCopies(names.size(), "?"));
        return SqlFragment.of(alias + ".collection in (" + marks + ")", names.toArray());
    }
}
