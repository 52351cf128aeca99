// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Request durations with valhalla's overhead model (docs/lco-observing.md). */
public final class RequestDuration {
    public static final double PER_MOLECULE_GAP = 5.0;
    public static final double PER_MOLECULE_STARTUP_TIME = 11.0;
    private static final Set<String> ACQUIRING_TYPES = Set.of("SPECTRUM", "NRES_SPECTRUM");

    private final TelescopeNetwork network;

    public RequestDuration(TelescopeNetwork network) {
        this.network = network;
    }

    /** Seconds for one exposure of a molecule: exposure, readout at its binning, fixed overhead. */
    public double perExposure(Molecule molecule) {
        InstrumentType instrument = network.requireInstrument(molecule.instrumentName());
        return molecule.exposureTime() + instrument.readout(molecule.binX()) + instrument.fixedOverheadPerExposure();
    }

    public double moleculeDuration(Molecule molecule) {
        return molecule.exposureCount() * perExposure(molecule) + PER_MOLECULE_GAP + PER_MOLECULE_STARTUP_TIME;
    }

    /** Whole seconds, rounded up; the overheads of the first molecule's instrument apply to all. */
    public long seconds(List<Molecule> molecules) {
        if (molecules.isEmpty()) {
            throw new IllegalArgumentException("You must specify at least 1 molecule");
        }
        InstrumentType instrument = network.requireInstrument(molecules.get(0).instrumentName());
        double total = molecules.stream().mapToDouble(this::moleculeDuration).sum();
        if (instrument.spectrograph()) {
            total += runs(molecules.stream()
                            .map(m -> m.type().toUpperCase(Locale.ROOT))
                            .toList())
                    * instrument.configChangeTime();
            for (Molecule m : molecules) {
                if (m.acquireMode() != Molecule.AcquireMode.OFF && ACQUIRING_TYPES.contains(m.type())) {
                    double exposure =
                            m.acquireExpTime() != null ? m.acquireExpTime() : instrument.acquireExposureTime();
                    total += exposure + instrument.acquireProcessingTime();
                }
            }
        } else {
            total += runs(molecules.stream().map(Molecule::filter).toList()) * instrument.filterChangeTime();
        }
        total += instrument.frontPadding();
        return (long) Math.ceil(total);
    }

    public long seconds(Request request) {
        return seconds(request.molecules());
    }

    /**
     * valhalla's fill_window: the chosen molecule takes as many exposures as fit in the largest
     * visible interval (at least one); returns the request with that exposure count.
     */
    public Request fillWindow(Request request, int moleculeIndex, double largestIntervalSeconds) {
        Molecule molecule = request.molecules().get(moleculeIndex);
        double others = seconds(request) - moleculeDuration(molecule);
        int count = (int) Math.max(
                1,
                Math.floor((largestIntervalSeconds - others - PER_MOLECULE_GAP - PER_MOLECULE_STARTUP_TIME)
                        / perExposure(molecule)));
        List<Molecule> molecules = new java.util.ArrayList<>(request.molecules());
        molecules.set(moleculeIndex, molecule.withExposureCount(count));
        return request.withMolecules(molecules);
    }

    /** Runs of consecutive equal values: [a, a, b, a] has 3. A single element still counts 1. */
    static int runs(List<String> values) {
        int runs = 0;
        for (int i = 0; i < values.size(); i++) {
            if (i == 0 || !Objects.equals(values.get(i), values.get(i - 1))) {
                runs++;
            }
        }
        return runs;
    }
}
