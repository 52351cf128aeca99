// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

/** Site conditions as integer percentiles; 100 means "Any". Null when unknown. */
public record Conditions(
        Integer rawIq,
        Integer rawCc,
        Integer rawWv,
        Integer rawBg,
        Integer requestedIq,
        Integer requestedCc,
        Integer requestedWv,
        Integer requestedBg) {

    public static Conditions unknown() {
        return new Conditions(null, null, null, null, null, null, null, null);
    }
}
