// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.util.List;
import java.util.Objects;

/**
 * A single observation of one target as visibility, airmass, durations and block outcomes compute
 * on it (valhalla's Request): the scheduling view of a stored
 * {@link org.meridian.core.observing.requests.ObservationRequest} for one of its configurations.
 */
public record Request(
        Target target,
        List<Molecule> molecules,
        List<Window> windows,
        Location location,
        Constraints constraints,
        RequestState state,
        double acceptabilityThreshold) {

    public Request {
        Objects.requireNonNull(target, "target is required");
        Objects.requireNonNull(location, "location is required");
        if (molecules == null || molecules.isEmpty()) {
            throw new IllegalArgumentException("You must specify at least 1 molecule");
        }
        if (molecules.stream().map(Molecule::instrumentName).distinct().count() > 1) {
            throw new IllegalArgumentException("Each Molecule must specify the same instrument name");
        }
        molecules = List.copyOf(molecules);
        windows = windows == null ? List.of() : List.copyOf(windows);
        constraints = constraints == null ? Constraints.defaults() : constraints;
        state = state == null ? RequestState.PENDING : state;
    }

    /** A new PENDING request with the portal's acceptability threshold (100 for FLOYDS, else 90). */
    public static Request of(
            Target target, List<Molecule> molecules, List<Window> windows, Location location, Constraints constraints) {
        double threshold = molecules
                        .get(0)
                        .instrumentName()
                        .toUpperCase(java.util.Locale.ROOT)
                        .contains("FLOYDS")
                ? 100
                : 90;
        return new Request(target, molecules, windows, location, constraints, RequestState.PENDING, threshold);
    }

    public String instrumentName() {
        return molecules.get(0).instrumentName();
    }

    public Request withWindows(List<Window> newWindows) {
        return new Request(target, molecules, newWindows, location, constraints, state, acceptabilityThreshold);
    }

    public Request withMolecules(List<Molecule> newMolecules) {
        return new Request(target, newMolecules, windows, location, constraints, state, acceptabilityThreshold);
    }

    public Request withState(RequestState newState) {
        return new Request(target, molecules, windows, location, constraints, newState, acceptabilityThreshold);
    }
}
