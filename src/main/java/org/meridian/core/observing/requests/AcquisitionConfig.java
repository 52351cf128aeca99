// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import java.util.Map;
import java.util.Objects;

/**
 * How a configuration acquires its target: a mode (OFF, WCS, BRIGHTEST), an exposure time (null: the
 * instrument's default) and any other fields as submitted (extra_params, ...).
 */
public record AcquisitionConfig(String mode, Double exposureTime, Map<String, Object> fields) {
    public AcquisitionConfig {
        Objects.requireNonNull(mode, "acquisition mode is required");
        fields = Params.copy(fields);
    }

    public static AcquisitionConfig off() {
        return new AcquisitionConfig("OFF", null, Map.of());
    }
}
