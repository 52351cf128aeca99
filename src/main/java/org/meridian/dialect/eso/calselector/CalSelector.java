// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.calselector;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.meridian.core.archive.StoredFile;
import org.meridian.core.auth.Caller;
import org.meridian.core.calibration.CalTarget;
import org.meridian.core.calibration.Cascade;
import org.meridian.store.Database;

/**
 * ESO's calibration selection (calSelector) for one raw frame: the raw calibrations it needs
 * ({@link Mode#RAW2RAW}), with on request the cascade, the calibrations those calibrations need in
 * turn (a flat's biases), or the processed master calibrations ({@link Mode#RAW2MASTER}), which
 * need nothing more. Only frames the caller may see listed are found; whether it may read them is
 * the caller's (DataLink's) business.
 */
public final class CalSelector {

    /** ESO's two association modes, by their calSelector names. */
    public enum Mode {
        RAW2RAW,
        RAW2MASTER;

        /** The name calSelector's requests and answers use. */
        public String wireName() {
            return switch (this) {
                case RAW2RAW -> "Raw2Raw";
                case RAW2MASTER -> "Raw2Master";
            };
        }

        /** The mode a client named, any case; empty for an unknown one. */
        public static Optional<Mode> of(String name) {
            return Arrays.stream(values())
                    .filter(m -> m.wireName().equalsIgnoreCase(name))
                    .findFirst();
        }
    }

    /** How deep a cascade goes: science → flat → bias, with a level to spare for longer chains. */
    static final int CASCADE_DEPTH = 3;

    /**
     * One selected calibration.
     *
     * @param fileName its canonical file
     * @param type its DPR TYPE (raw) or PRO CATG (master)
     * @param kind the rule that found it: bias, flat, arc or standard
     * @param forFileName the frame it calibrates: the science frame, or in a cascade a calibration
     * @param level 1 for the science frame's own calibrations, 2 for theirs, ...
     */
    public record Selected(String fileName, String type, String kind, boolean master, String forFileName, int level) {}

    private final CalFinder finder;

    public CalSelector(Database db) {
        this.finder = new CalFinder(db);
    }

    /** Whether DataLink offers calibrations for this frame: raw science of an instrument with rules. */
    public boolean appliesToScience(StoredFile frame) throws SQLException {
        if (EsoCalRules.forInstrument(frame.access().instrument()).isEmpty()) {
            return false; // no rules: no need to read the frame's descriptors
        }
        Optional<CalTarget> target = finder.target(frame.observationRowId());
        return target.isPresent()
                && target.get().is("observation_class", "SCIENCE")
                && !finder.kinds(target.get()).isEmpty();
    }

    public List<Selected> select(Caller caller, StoredFile frame, Mode mode, boolean cascade) throws SQLException {
        Optional<CalTarget> target = finder.target(frame.observationRowId());
        if (target.isEmpty()) {
            return List.of();
        }
        CalFrame root = new CalFrame(
                frame.observationRowId(),
                frame.name(),
                target.get().text("observation_type"),
                target.get().ut(),
                "",
                false);
        boolean masters = mode == Mode.RAW2MASTER;
        Cascade<CalFrame> walk = new Cascade<>(
                f -> calibrationsOf(caller, f, masters),
                CalFrame::observationRowId,
                masters || !cascade ? 1 : CASCADE_DEPTH);
        List<Selected> out = new ArrayList<>();
        try {
            for (Cascade.Found<CalFrame> found : walk.from(List.of(root))) {
                CalFrame f = found.frame();
                out.add(new Selected(
                        f.fileName(),
                        f.type(),
                        f.kind(),
                        f.master(),
                        found.forFrame().fileName(),
                        found.level()));
            }
        } catch (IOException e) {
            throw new SQLException("calibration selection failed: " + e.getMessage(), e);
        }
        return out;
    }

    private List<CalFrame> calibrationsOf(Caller caller, CalFrame frame, boolean masters) throws SQLException {
        Optional<CalTarget> target = finder.target(frame.observationRowId());
        if (target.isEmpty()) {
            return List.of();
        }
        List<CalFrame> cals = new ArrayList<>();
        for (String kind : finder.kinds(target.get())) {
            cals.addAll(finder.find(caller, target.get(), kind, masters));
        }
        return cals;
    }
}
