// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import java.util.Map;
import java.util.Optional;
import org.meridian.core.observing.Target;
import org.meridian.core.observing.TargetFields;

/**
 * A configuration's target as submitted (docs/lco-observing.md): the kind decides which columns it
 * has; {@code fields} holds every other field it was sent with (proper motions, epoch, orbital
 * elements, rotator settings), so nothing submitted is lost. {@link #toTarget()} gives the
 * core's computable {@link Target} where rise_set can follow the kind.
 */
public sealed interface TargetSpec permits TargetSpec.Icrs, TargetSpec.OrbitalElements, TargetSpec.Other {
    String name();

    Map<String, Object> fields();

    /** The current portal's name of the kind (ICRS, ORBITAL_ELEMENTS, SATELLITE, ...). */
    String kind();

    /** A sidereal position (valhalla's SIDEREAL). */
    record Icrs(String name, double ra, double dec, Map<String, Object> fields) implements TargetSpec {
        public Icrs {
            fields = Params.copy(fields);
        }

        @Override
        public String kind() {
            return "ICRS";
        }
    }

    /** A body by its orbital elements (valhalla's NON_SIDEREAL); the scheme is one of the fields. */
    record OrbitalElements(String name, Map<String, Object> fields) implements TargetSpec {
        public OrbitalElements {
            fields = Params.copy(fields);
        }

        @Override
        public String kind() {
            return "ORBITAL_ELEMENTS";
        }
    }

    /** A kind the scheduler cannot follow (SATELLITE, HOUR_ANGLE): stored as sent, never visible. */
    record Other(String kind, String name, Map<String, Object> fields) implements TargetSpec {
        public Other {
            fields = Params.copy(fields);
        }
    }

    /**
     * The computable target, or empty when rise_set cannot follow it.
     *
     * @throws IllegalArgumentException when a stored value is out of the core's range
     */
    default Optional<Target> toTarget() {
        return switch (this) {
            case Icrs t -> TargetFields.parse("SIDEREAL", t.name(), t.ra(), t.dec(), JsonColumns.tree(t.fields()));
            case OrbitalElements t ->
                TargetFields.parse("NON_SIDEREAL", t.name(), null, null, JsonColumns.tree(t.fields()));
            case Other t -> Optional.empty();
        };
    }
}
