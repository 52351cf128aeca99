// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A {@link Target} from the LCO portal's target fields, as a submission carries them and as the
 * request tables store them ({@code type}, {@code name}, {@code ra}, {@code dec} in columns, the
 * rest as JSON). Empty when the type or orbital scheme is one rise_set cannot follow.
 */
public final class TargetFields {

    private TargetFields() {}

    /**
     * @param fields the other fields by their portal names (proper motions, epoch, orbital elements)
     * @throws IllegalArgumentException when a value is out of range (see {@link Target})
     */
    public static Optional<Target> parse(String type, String name, Double ra, Double dec, JsonNode fields) {
        return switch (type) {
            case "SIDEREAL", "STATIC" ->
                Optional.of(new Target.Sidereal(
                        name,
                        ra,
                        dec,
                        fields.path("proper_motion_ra").asDouble(0),
                        fields.path("proper_motion_dec").asDouble(0),
                        fields.path("parallax").asDouble(0),
                        fields.path("epoch").asDouble(2000)));
            case "NON_SIDEREAL" -> nonSidereal(name, fields);
            default -> Optional.empty();
        };
    }

    private static Optional<Target> nonSidereal(String name, JsonNode fields) {
        OrbitalScheme scheme;
        try {
            scheme = OrbitalScheme.valueOf(fields.path("scheme").asText());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new Target.NonSidereal(
                name,
                scheme,
                fields.path("epochofel").asDouble(),
                fields.path("orbinc").asDouble(),
                fields.path("longascnode").asDouble(),
                fields.path("argofperih").asDouble(0),
                fields.path("meandist").asDouble(Double.NaN),
                fields.path("eccentricity").asDouble(),
                fields.path("meananom").asDouble(Double.NaN),
                fields.path("perihdist").asDouble(Double.NaN),
                fields.path("epochofperih").asDouble(Double.NaN),
                fields.path("dailymot").asDouble(Double.NaN)));
    }
}
