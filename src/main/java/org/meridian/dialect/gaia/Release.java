// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import java.util.List;
import java.util.Locale;

/**
 * A Gaia data release as the data server names it ({@code Gaia DR3}, also sent as {@code Gaia+DR3})
 * and the catalogue schema that holds its tables ({@code gaiadr3}).
 */
record Release(String name, String schema) {

    static final Release DR2 = new Release("Gaia DR2", "gaiadr2");
    static final Release DR3 = new Release("Gaia DR3", "gaiadr3");

    /** The seed document's default when RELEASE is absent. */
    static final Release DEFAULT = DR3;

    private static final List<Release> KNOWN = List.of(new Release("Gaia DR1", "gaiadr1"), DR2, DR3);

    /** The release a RELEASE value names ({@code Gaia DR3}, {@code Gaia+DR3}, {@code DR3}, {@code gaiadr3}). */
    static Release parse(String value) throws DataServerException {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String wanted = value.replace('+', ' ').replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        for (Release r : KNOWN) {
            String compact = r.name().replace(" ", "").toLowerCase(Locale.ROOT);
            if (wanted.equals(compact) || wanted.equals(r.schema()) || ("gaia" + wanted).equals(compact)) {
                return r;
            }
        }
        throw DataServerException.badRequest(
                "unknown RELEASE '" + value + "'; expected one of Gaia DR1, Gaia DR2, Gaia DR3");
    }

    /** The designation of a source of this release, e.g. {@code Gaia DR3 30343944744320}. */
    String designation(long sourceId) {
        return name + " " + sourceId;
    }
}
