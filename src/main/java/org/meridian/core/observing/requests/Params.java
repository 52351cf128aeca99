// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Free-form JSON objects of the portal's model (extra_params, a target's fields beyond its columns,
 * optical elements): kept as submitted, in order, nulls included, and unmodifiable.
 */
public final class Params {
    private Params() {}

    public static Map<String, Object> copy(Map<String, Object> values) {
        return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A copy of {@code values} without the given keys. */
    public static Map<String, Object> without(Map<String, Object> values, String... keys) {
        Map<String, Object> out = new LinkedHashMap<>(values);
        for (String k : keys) {
            out.remove(k);
        }
        return Collections.unmodifiableMap(out);
    }

    /** A number field as a Double, or null when absent or not a number. */
    public static Double number(Map<String, Object> values, String key) {
        return values.get(key) instanceof Number n ? n.doubleValue() : null;
    }
}
