// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.schema;

import java.util.Objects;

/**
 * The columns of a positional table holding ICRS right ascension and declination (degrees) and,
 * when present, the nested HEALPix index of that position at order 29 ({@code hpx}, may be null).
 */
public record PositionColumns(String ra, String dec, String hpx) {
    public PositionColumns {
        Objects.requireNonNull(ra, "ra");
        Objects.requireNonNull(dec, "dec");
    }

    public boolean hasHealpix() {
        return hpx != null;
    }
}
