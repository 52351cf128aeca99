// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the operator configured for the dialects ({@code app.Settings} reads it; docs/operations.md).
 *
 * @param home the archive's home directory, for a dialect's own persistent keys
 * @param geminiMagicCookie the Gemini {@code gemini_fits_authorization} value trusted pipelines send; empty disables it
 * @param geminiCollections the collections the Gemini URLs serve (default: GEMINI)
 */
public record DialectSettings(Path home, Optional<String> geminiMagicCookie, List<String> geminiCollections) {

    public DialectSettings {
        geminiCollections = List.copyOf(geminiCollections);
    }

    /** The defaults, under {@code home}: no magic cookie, Gemini's own collection. */
    public static DialectSettings defaults(Path home) {
        return new DialectSettings(home, Optional.empty(), List.of("GEMINI"));
    }
}
