// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import java.util.Map;
import java.util.Objects;

/** How a configuration guides: a mode (ON, OFF, OPTIONAL) and any other fields as submitted. */
public record GuidingConfig(String mode, Map<String, Object> fields) {
    public GuidingConfig {
        Objects.requireNonNull(mode, "guiding mode is required");
        fields = Params.copy(fields);
    }
}
