// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.meridian.demo.DemoManifest;

/**
 * Semesters as Gemini and LCO run them: "A" from 1 February to 31 July, "B" from 1 August to
 * 31 January (UTC). The demo ships the seeds' semesters; these fill the gap up to a year from now
 * so that new observation requests can be submitted at once.
 */
public final class Semesters {

    private Semesters() {}

    /** Every semester from the one containing {@code from} through the one containing {@code until}. */
    public static List<DemoManifest.Semester> between(LocalDate from, LocalDate until) {
        List<DemoManifest.Semester> out = new ArrayList<>();
        LocalDate start = startOf(from);
        while (!start.isAfter(until)) {
            LocalDate next = start.getMonthValue() == 2
                    ? start.withMonth(8)
                    : start.plusYears(1).withMonth(2);
            String id = start.getYear() + (start.getMonthValue() == 2 ? "A" : "B");
            out.add(new DemoManifest.Semester(
                    id,
                    start.atStartOfDay().toInstant(ZoneOffset.UTC),
                    next.atStartOfDay().toInstant(ZoneOffset.UTC)));
            start = next;
        }
        return out;
    }

    static LocalDate startOf(LocalDate day) {
        int m = day.getMonthValue();
        if (m == 1) {
            return LocalDate.of(day.getYear() - 1, 8, 1);
        }
        return LocalDate.of(day.getYear(), m < 8 ? 2 : 8, 1);
    }
}
