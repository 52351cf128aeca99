// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meridian.core.observing.Constraints;
import org.meridian.core.observing.Molecule;

/**
 * One configuration of a Request (the current portal's model): its own target and constraints, the
 * instrument configs it exposes, how it acquires and guides, and its extra_params.
 */
public record Configuration(
        String type,
        String instrumentType,
        int priority,
        TargetSpec target,
        Constraints constraints,
        List<InstrumentConfig> instrumentConfigs,
        AcquisitionConfig acquisition,
        GuidingConfig guiding,
        Double repeatDuration,
        Map<String, Object> extraParams) {

    public Configuration {
        Objects.requireNonNull(type, "type is required");
        Objects.requireNonNull(instrumentType, "instrument_type is required");
        Objects.requireNonNull(target, "target is required");
        if (instrumentConfigs == null || instrumentConfigs.isEmpty()) {
            throw new IllegalArgumentException("You must specify at least 1 instrument config");
        }
        instrumentConfigs = List.copyOf(instrumentConfigs);
        constraints = constraints == null ? Constraints.defaults() : constraints;
        acquisition = acquisition == null ? AcquisitionConfig.off() : acquisition;
        guiding = guiding == null ? new GuidingConfig("OPTIONAL", Map.of()) : guiding;
        extraParams = Params.copy(extraParams);
    }

    /** Each instrument config as the valhalla molecule the duration and block rules count. */
    public List<Molecule> molecules() {
        return instrumentConfigs.stream().map(this::molecule).toList();
    }

    private Molecule molecule(InstrumentConfig ic) {
        return new Molecule(
                type,
                instrumentType,
                ic.opticalElement(),
                ic.exposureTime(),
                ic.exposureCount(),
                ic.binX(),
                ic.binY(),
                null,
                acquireMode(),
                acquisition.exposureTime(),
                guiding.mode());
    }

    private Molecule.AcquireMode acquireMode() {
        try {
            return Molecule.AcquireMode.valueOf(acquisition.mode());
        } catch (IllegalArgumentException e) {
            return Molecule.AcquireMode.OFF;
        }
    }

    public Configuration withInstrumentConfigs(List<InstrumentConfig> ics) {
        return new Configuration(
                type,
                instrumentType,
                priority,
                target,
                constraints,
                ics,
                acquisition,
                guiding,
                repeatDuration,
                extraParams);
    }
}
