// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.util.List;

/** An observatory site: geodetic position (degrees, east-positive longitude; metres) and its telescopes. */
public record Site(
        String code, String name, double latitude, double longitude, double elevation, List<Telescope> telescopes) {
    public Site {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 360) {
            throw new IllegalArgumentException("site " + code + " has an impossible latitude or longitude");
        }
        telescopes = telescopes == null ? List.of() : List.copyOf(telescopes);
    }

    public boolean southern() {
        return latitude < 0;
    }
}
