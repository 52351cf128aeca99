// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.util.Objects;
import java.util.Set;

/** Where a Request may run: a telescope class, optionally narrowed to a site, observatory, telescope. */
public record Location(String telescopeClass, String site, String observatory, String telescope) {

    public static final Set<String> TELESCOPE_CLASSES = Set.of("2m0", "1m0", "0m8", "0m4");

    public Location {
        Objects.requireNonNull(telescopeClass, "telescope_class is required");
        if (!TELESCOPE_CLASSES.contains(telescopeClass)) {
            throw new IllegalArgumentException("telescope_class must be one of 2m0, 1m0, 0m8, 0m4");
        }
        if (observatory != null && site == null) {
            throw new IllegalArgumentException("Must specify a site with an observatory.");
        }
        if (telescope != null && observatory == null) {
            throw new IllegalArgumentException("Must specify an observatory with a telescope.");
        }
    }

    public static Location of(String telescopeClass) {
        return new Location(telescopeClass, null, null, null);
    }
}
