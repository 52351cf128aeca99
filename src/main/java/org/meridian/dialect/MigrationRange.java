// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect;

/**
 * The Flyway versions {@code first..last} (inclusive) one owner may use. Each dialect numbers its
 * migrations inside its own range, so dialects evolve their tables independently (Flyway runs out of
 * order; docs/architecture.md, Data model).
 */
public record MigrationRange(int first, int last) {

    /** The core model's versions (programs, observations, files, accounts): shared by every dialect. */
    public static final MigrationRange CORE = new MigrationRange(1, 9);

    public MigrationRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("not a range of migration versions: " + first + ".." + last);
        }
    }

    public boolean contains(int version) {
        return version >= first && version <= last;
    }

    public boolean overlaps(MigrationRange other) {
        return first <= other.last && other.first <= last;
    }

    @Override
    public String toString() {
        return "V" + first + "–V" + last;
    }
}
