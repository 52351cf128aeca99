// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.meridian.demo.DemoManifest;

/**
 * Observing semesters as LCO runs them: "A" from 1 April to 30 September, "B" from 1 October to
 * 31 March (UTC). The demo ships the seeds' semesters; these continue them up to a year from now so
 * that new observation requests can be submitted at once.
 */
public final class Semesters {

    private Semesters() {}

    /**
     * Contiguous semesters from {@code from} (the end of the last known one) through the one
     * containing {@code until}; the first may be short, ending at the next regular boundary.
     */
    public static List<DemoManifest.Semester> continuing(Instant from, LocalDate until) {
        List<DemoManifest.Semester> out = new ArrayList<>();
        LocalDate start = from.atZone(ZoneOffset.UTC).toLocalDate();
        while (!start.isAfter(until)) {
            LocalDate end = nextBoundary(start);
            out.add(new DemoManifest.Semester(id(start), instant(start), instant(end)));
            start = end;
        }
        return out;
    }

    /** The semester ID of a day: 2016-05-01 is in 2016A, 2016-11-01 and 2017-02-01 in 2016B. */
    static String id(LocalDate day) {
        int m = day.getMonthValue();
        if (m >= 4 && m <= 9) {
            return day.getYear() + "A";
        }
        return (m >= 10 ? day.getYear() : day.getYear() - 1) + "B";
    }

    static LocalDate nextBoundary(LocalDate day) {
        LocalDate april = LocalDate.of(day.getYear(), 4, 1);
        LocalDate october = LocalDate.of(day.getYear(), 10, 1);
        if (day.isBefore(april)) {
            return april;
        }
        return day.isBefore(october) ? october : april.plusYears(1);
    }

    private static Instant instant(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
