// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.calibration;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The calibration cascade: the calibrations of some frames, then the calibrations of those
 * calibrations (a flat needs its biases), level by level up to a depth, each frame once. Gemini's
 * associated calibrations and ESO's raw-to-raw selection walk it alike; what "the calibrations of
 * a frame" are is the caller's rule set.
 *
 * @param <R> a found frame, as the dialect lists it
 */
public final class Cascade<R> {

    /** The calibrations of one frame, best first. */
    @FunctionalInterface
    public interface Step<R> {
        List<R> calibrationsOf(R frame) throws SQLException, IOException;
    }

    /** One found frame, the frame it was found for (a root at level 1) and its level. */
    public record Found<R>(R frame, R forFrame, int level) {}

    private final Step<R> step;
    private final Function<R, Object> key;
    private final int maxDepth;

    /**
     * @param key what makes two found frames the same one (a row id), so each is listed once
     * @param maxDepth how many levels to follow: 1 lists only the frames' own calibrations
     */
    public Cascade(Step<R> step, Function<R, Object> key, int maxDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("a cascade has at least one level, got " + maxDepth);
        }
        this.step = step;
        this.key = key;
        this.maxDepth = maxDepth;
    }

    /**
     * Every calibration reached from {@code roots} in breadth-first order, de-duplicated; a root may
     * itself be found (one science frame can calibrate another) and is then listed too.
     */
    public List<Found<R>> from(List<R> roots) throws SQLException, IOException {
        Map<Object, Found<R>> found = new LinkedHashMap<>();
        List<R> level = roots;
        for (int depth = 1; depth <= maxDepth && !level.isEmpty(); depth++) {
            List<R> next = new ArrayList<>();
            for (R frame : level) {
                for (R cal : step.calibrationsOf(frame)) {
                    Object k = key.apply(cal);
                    if (!found.containsKey(k)) {
                        found.put(k, new Found<>(cal, frame, depth));
                        next.add(cal);
                    }
                }
            }
            level = next;
        }
        return List.copyOf(found.values());
    }
}
