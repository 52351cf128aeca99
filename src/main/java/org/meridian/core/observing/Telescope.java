// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.util.List;

/** A telescope as configdb describes it: horizon in degrees, hour-angle limits in hours. */
public record Telescope(
        String enclosure,
        String code,
        String telescopeClass,
        double horizon,
        double haLimitNeg,
        double haLimitPos,
        List<String> instruments) {
    public Telescope {
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
    }

    public boolean carries(String instrumentType) {
        return instruments.stream().anyMatch(i -> i.equalsIgnoreCase(instrumentType));
    }
}
