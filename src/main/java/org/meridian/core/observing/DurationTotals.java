// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.core.observing.requests.ObservationRequest;
import org.meridian.core.observing.requests.RequestGroup;

/**
 * Total hours a RequestGroup charges per (semester, telescope class, instrument), by its operator,
 * from the durations computed once at submission ({@link ObservationRequest#durationSecs()}).
 */
public final class DurationTotals {

    public record Key(String semester, String telescopeClass, String instrument) {}

    private DurationTotals() {}

    /**
     * Operator-aware totals: SINGLE the first request, ONEOF the maximum (only one will run), AND
     * and MANY the sum (every request of a MANY group may run, so it is charged, checked against the
     * member's time limit and debited IPP for all of them, as the current portal does).
     */
    public static Map<Key, Double> hours(RequestGroup group, List<Semester> semesters) {
        Map<Key, Double> totals = new LinkedHashMap<>();
        for (int i = 0; i < group.requests().size(); i++) {
            ObservationRequest r = group.requests().get(i);
            double hours = r.durationSecs() / 3600.0;
            Key key = key(r, semesters);
            switch (group.operator()) {
                case SINGLE -> {
                    if (i == 0) totals.put(key, hours);
                }
                case ONEOF -> totals.merge(key, hours, Math::max);
                case MANY, AND -> totals.merge(key, hours, Double::sum);
            }
        }
        return totals;
    }

    /** Every request's hours summed per key, whatever the operator (used for the max allowable IPP). */
    public static Map<Key, Double> summedHours(RequestGroup group, List<Semester> semesters) {
        Map<Key, Double> totals = new LinkedHashMap<>();
        for (ObservationRequest r : group.requests()) {
            totals.merge(key(r, semesters), r.durationSecs() / 3600.0, Double::sum);
        }
        return totals;
    }

    static Key key(ObservationRequest r, List<Semester> semesters) {
        return new Key(
                Semester.containing(semesters, r.windows()).id(), r.location().telescopeClass(), r.instrumentType());
    }
}
