// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Total hours a UserRequest charges per (semester, telescope class, instrument), by its operator. */
public final class DurationTotals {

    public record Key(String semester, String telescopeClass, String instrument) {}

    private DurationTotals() {}

    /** Operator-aware totals: SINGLE the first request, MANY and ONEOF the maximum, AND the sum. */
    public static Map<Key, Double> hours(UserRequest ur, List<Semester> semesters, RequestDuration durations) {
        Map<Key, Double> totals = new LinkedHashMap<>();
        for (int i = 0; i < ur.requests().size(); i++) {
            Request r = ur.requests().get(i);
            double hours = durations.seconds(r) / 3600.0;
            Key key = key(r, semesters);
            switch (ur.operator()) {
                case SINGLE -> {
                    if (i == 0) totals.put(key, hours);
                }
                case MANY, ONEOF -> totals.merge(key, hours, Math::max);
                case AND -> totals.merge(key, hours, Double::sum);
            }
        }
        return totals;
    }

    /** Every request's hours summed per key, whatever the operator (used for the max allowable IPP). */
    public static Map<Key, Double> summedHours(UserRequest ur, List<Semester> semesters, RequestDuration durations) {
        Map<Key, Double> totals = new LinkedHashMap<>();
        for (Request r : ur.requests()) {
            totals.merge(key(r, semesters), durations.seconds(r) / 3600.0, Double::sum);
        }
        return totals;
    }

    static Key key(Request r, List<Semester> semesters) {
        return new Key(Semester.containing(semesters, r).id(), r.location().telescopeClass(), r.instrumentName());
    }
}
