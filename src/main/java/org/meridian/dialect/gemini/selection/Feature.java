// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.util.List;
import java.util.OptionalInt;
import org.meridian.dialect.gemini.selection.Criterion.Flag;

/** The Gemini features whose result shape (docs/gemini-archive.md) depends on the selection. */
public enum Feature {
    /** searchform, summary, ssummary, lsummary, searchresults. */
    SUMMARY,
    JSONSUMMARY,
    JSONFILELIST,
    JSONFILENAMES,
    JSONQASTATE;

    static final int OPEN_RESULT_LIMIT = 500;
    static final int CLOSED_RESULT_LIMIT = 2000;

    /**
     * The selection as this feature runs it: the summaries, jsonsummary and jsonqastate assume
     * {@code canonical} unless the caller said otherwise; jsonfilelist does not (its users add
     * {@code /canonical} themselves, as the help page tells them).
     */
    public Selection withDefaults(Selection selection) {
        return switch (this) {
            case SUMMARY, JSONSUMMARY, JSONQASTATE -> selection.withDefault(new Flag(Key.CANONICAL, true));
            case JSONFILELIST, JSONFILENAMES -> selection;
        };
    }

    /** Explicit ordering when the caller gave none. */
    List<OrderTerm> defaultOrder() {
        return switch (this) {
            case JSONSUMMARY, JSONFILELIST, JSONFILENAMES -> List.of(new OrderTerm("filename", false));
            case SUMMARY, JSONQASTATE -> List.of();
        };
    }

    OptionalInt limit(boolean open) {
        return this == JSONQASTATE
                ? OptionalInt.empty()
                : OptionalInt.of(open ? OPEN_RESULT_LIMIT : CLOSED_RESULT_LIMIT);
    }
}
