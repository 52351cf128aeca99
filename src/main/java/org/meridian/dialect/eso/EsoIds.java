// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import java.util.Optional;

/**
 * ESO's dataset identifiers: {@code ivo://eso.org/ID?<dp_id>}, computable from {@code dp_id} as the
 * ESO archive documents it (docs/urls.md, "ESO"). The archive stores a dataset as the file
 * {@code <dp_id>.fits}.
 */
public final class EsoIds {

    /** What ESO prefixes a {@code dp_id} with. */
    public static final String PREFIX = "ivo://eso.org/ID?";

    /** Longer than any dp_id ESO writes; longer IDs are refused before any lookup. */
    public static final int MAX_LENGTH = 256;

    private EsoIds() {}

    public static String of(String dpId) {
        return PREFIX + dpId;
    }

    /**
     * The dp_id an identifier names: the ESO form, or the bare dp_id as ESO also accepts it; empty
     * for anything else (another authority, control characters, an empty or overlong name).
     */
    public static Optional<String> dpId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String s = id.trim();
        if (s.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            s = s.substring(PREFIX.length());
        } else if (s.contains("://")) {
            return Optional.empty();
        }
        if (s.endsWith(".fits")) {
            s = s.substring(0, s.length() - ".fits".length());
        }
        if (s.isEmpty() || s.length() > MAX_LENGTH || !s.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** The dp_id of a stored dataset name ({@code X.fits} → {@code X}). */
    public static String ofFileName(String name) {
        return name.endsWith(".fits") ? name.substring(0, name.length() - ".fits".length()) : name;
    }
}
