// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.calselector;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.meridian.core.calibration.CalQuery;
import org.meridian.core.calibration.CalRule;
import org.meridian.core.calibration.CalTarget;

/**
 * One ESO instrument's calibration plan as rules on the shared engine ({@code core.calibration}):
 * which kinds of calibration a raw frame needs (by its DPR TYPE and mode) and how each kind is
 * found. A raw calibration is known by its DPR TYPE, a master calibration by its PRO CATG (the
 * ingest stores either as the observation type), so the same rule finds both.
 *
 * @param applicable the kinds a raw frame needs, in the order they are listed
 */
record EsoCalRules(Function<CalTarget, List<String>> applicable, Map<String, CalRule> rules) {

    /** The reduction the ESO ingest records for a pipeline master calibration (docs/architecture.md, Ingest). */
    static final String MASTER = "MASTER";

    /** Binning and read clock: what every ESO detector calibration shares with the frame. */
    static final String[] DETECTOR = {"detector_binning", "detector_readmode_setting"};

    /**
     * Biases as FORS2 and UVES take them: five raw biases of the frame's detector set-up from within a
     * day, or one master bias from within a week.
     */
    static final CalRule BIAS = CalRule.of(5, 1, (t, p) -> frames(t, p, "BIAS", "MASTER_BIAS")
            .map(q -> q.match(DETECTOR).within(p ? 7 : 1)));

    static Optional<EsoCalRules> forInstrument(String instrument) {
        if (instrument == null) {
            return Optional.empty();
        }
        return switch (instrument) {
            case "FORS2" -> Optional.of(Fors2Rules.RULES);
            case "UVES" -> Optional.of(UvesRules.RULES);
            default -> Optional.empty();
        };
    }

    /** The kinds {@code target} needs; none for a frame that is not raw (a master needs nothing more). */
    List<String> kinds(CalTarget target) {
        if (!"RAW".equals(target.text("reduction"))) {
            return List.of();
        }
        return applicable.apply(target);
    }

    Optional<CalRule> rule(String kind) {
        return Optional.ofNullable(rules.get(kind));
    }

    /**
     * Frames of one calibration type: raw frames of the DPR TYPE {@code rawType}, or masters of the PRO
     * CATG {@code masterCategory}; a rule without masters finds none when asked for processed frames.
     */
    static Optional<CalQuery> frames(CalTarget t, boolean processed, String rawType, String masterCategory) {
        if (processed) {
            return masterCategory == null
                    ? Optional.empty()
                    : Optional.of(CalQuery.of(t)
                            .where("o.reduction = ?", MASTER)
                            .observationType(masterCategory)
                            .match("instrument"));
        }
        return Optional.of(CalQuery.of(t).raw().observationType(rawType).match("instrument"));
    }
}
