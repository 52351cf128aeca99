// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Set operations on sorted, disjoint interval lists, and a root-finding search for where a condition holds. */
public final class Intervals {
    private static final Duration EDGE_PRECISION = Duration.ofSeconds(1);

    private Intervals() {}

    /** Sorted, coalesced union of any intervals (touching intervals merge). */
    public static List<Interval> union(Collection<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> out = new ArrayList<>();
        for (Interval next : sorted) {
            if (!out.isEmpty() && !next.start().isAfter(out.getLast().end())) {
                Interval last = out.removeLast();
                out.add(new Interval(last.start(), max(last.end(), next.end())));
            } else {
                out.add(next);
            }
        }
        return out;
    }

    /** Intersection of two sorted, disjoint lists; empty pieces are dropped. */
    public static List<Interval> intersect(List<Interval> a, List<Interval> b) {
        List<Interval> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Instant start = max(a.get(i).start(), b.get(j).start());
            Instant end = min(a.get(i).end(), b.get(j).end());
            if (start.isBefore(end)) {
                out.add(new Interval(start, end));
            }
            if (a.get(i).end().isBefore(b.get(j).end())) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    public static Duration largest(Collection<Interval> intervals) {
        return intervals.stream()
                .map(Interval::duration)
                .max(Comparator.naturalOrder())
                .orElse(Duration.ZERO);
    }

    /**
     * The parts of [start, end) where {@code holds} is true, found by sampling every {@code step} and
     * refining each change to one second by bisection. Conditions that flip twice within one step are
     * missed, so the step must be shorter than the shortest feature sought.
     */
    public static List<Interval> where(Instant start, Instant end, Duration step, Predicate<Instant> holds) {
        List<Interval> out = new ArrayList<>();
        Instant previous = start;
        boolean previousHolds = holds.test(start);
        Instant openedAt = previousHolds ? start : null;
        while (previous.isBefore(end)) {
            Instant next = min(previous.plus(step), end);
            boolean nextHolds = holds.test(next);
            if (nextHolds != previousHolds) {
                Instant edge = edge(previous, next, previousHolds, holds);
                if (nextHolds) {
                    openedAt = edge;
                } else {
                    out.add(new Interval(openedAt, edge));
                    openedAt = null;
                }
            }
            previous = next;
            previousHolds = nextHolds;
        }
        if (openedAt != null && openedAt.isBefore(end)) {
            out.add(new Interval(openedAt, end));
        }
        return out;
    }

    private static Instant edge(Instant lo, Instant hi, boolean loHolds, Predicate<Instant> holds) {
        while (Duration.between(lo, hi).compareTo(EDGE_PRECISION) > 0) {
            Instant mid = lo.plus(Duration.between(lo, hi).dividedBy(2));
            if (holds.test(mid) == loHolds) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    public static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    public static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
