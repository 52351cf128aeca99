// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meridian.core.observing.Location;
import org.meridian.core.observing.Molecule;
import org.meridian.core.observing.Request;
import org.meridian.core.observing.RequestState;
import org.meridian.core.observing.Target;
import org.meridian.core.observing.Window;

/**
 * One Request of a RequestGroup (the current portal's model): where and when it may run and the
 * configurations it executes, {@code configurationRepeats} times. {@code durationSecs} is computed
 * once at submission; {@code progress} is null until stored.
 */
public record ObservationRequest(
        Long id,
        Location location,
        List<Window> windows,
        List<Configuration> configurations,
        int configurationRepeats,
        String optimizationType,
        double acceptabilityThreshold,
        String observationNote,
        RequestState state,
        long durationSecs,
        Progress progress) {

    /** What the scheduler has done with a stored request. */
    public record Progress(int failCount, int scheduledCount, Instant created, Instant modified, Instant completed) {}

    public ObservationRequest {
        Objects.requireNonNull(location, "location is required");
        if (configurations == null || configurations.isEmpty()) {
            throw new IllegalArgumentException("You must specify at least 1 configuration");
        }
        configurations = List.copyOf(configurations);
        windows = windows == null ? List.of() : List.copyOf(windows);
        configurationRepeats = Math.max(1, configurationRepeats);
        optimizationType = optimizationType == null ? "TIME" : optimizationType;
        observationNote = observationNote == null ? "" : observationNote;
        state = state == null ? RequestState.PENDING : state;
    }

    /** Every instrument config in execution order (repeats included) as a valhalla molecule. */
    public List<Molecule> molecules() {
        List<Molecule> out = new ArrayList<>();
        for (int i = 0; i < configurationRepeats; i++) {
            configurations.forEach(c -> out.addAll(c.molecules()));
        }
        return out;
    }

    public String instrumentType() {
        return configurations.get(0).instrumentType();
    }

    /**
     * The core's schedulable Request of one configuration's target and constraints with all the
     * request's molecules; empty when rise_set cannot follow that target.
     *
     * @throws IllegalArgumentException when a stored value no longer validates
     */
    public Optional<Request> schedulingView(int configuration) {
        Configuration c = configurations.get(configuration);
        Optional<Target> target = c.target().toTarget();
        return target.map(
                t -> new Request(t, molecules(), windows, location, c.constraints(), state, acceptabilityThreshold));
    }

    /** The view of each configuration (the visibility of the request is their intersection). */
    public List<Optional<Request>> schedulingViews() {
        List<Optional<Request>> out = new ArrayList<>();
        for (int i = 0; i < configurations.size(); i++) {
            out.add(schedulingView(i));
        }
        return out;
    }

    public ObservationRequest withConfigurations(List<Configuration> newConfigurations) {
        return with(windows, newConfigurations, durationSecs);
    }

    public ObservationRequest withDuration(long seconds) {
        return with(windows, configurations, seconds);
    }

    public ObservationRequest withWindows(List<Window> newWindows) {
        return with(newWindows, configurations, durationSecs);
    }

    /** This request with what a submission computes or replaces; the rest as it is. */
    private ObservationRequest with(List<Window> newWindows, List<Configuration> newConfigurations, long seconds) {
        return new ObservationRequest(
                id,
                location,
                newWindows,
                newConfigurations,
                configurationRepeats,
                optimizationType,
                acceptabilityThreshold,
                observationNote,
                state,
                seconds,
                progress);
    }
}
