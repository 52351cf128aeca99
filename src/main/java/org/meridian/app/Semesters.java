// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.meridian.demo.DemoManifest;

/**
 * Observing semesters as LCO has run them since its 2017AB semester (1 April to 30 November 2017):
 * "A" from 1 December to 31 May (named by the year it ends in), "B" from 1 June to 30 November, each
 * ending one second before the next begins, as the seed's semesters do. The demo ships the seeds'
 * semesters; these continue them, without overlap, up to a year from now so that new observation
 * requests can be submitted at once.
 */
public final class Semesters {

    private Semesters() {}

    /**
     * Contiguous semesters after {@code lastEnd} (the end of the last known one) through the one
     * containing {@code until}; the first may be short, ending at the next regular boundary.
     */
    public static List<DemoManifest.Semester> continuing(Instant lastEnd, LocalDate until) {
        List<DemoManifest.Semester> out = new ArrayList<>();
        LocalDate start = lastEnd.plusSeconds(1).atZone(ZoneOffset.UTC).toLocalDate();
        while (!start.isAfter(until)) {
            LocalDate next = nextBoundary(start);
            out.add(new DemoManifest.Semester(
                    id(start), instant(start), instant(next).minusSeconds(1)));
            start = next;
        }
        return out;
    }

    /** The semester ID of a day: 2017-12-01 and 2018-05-31 are in 2018A, 2018-06-01 in 2018B. */
    static String id(LocalDate day) {
        int m = day.getMonthValue();
        if (m == 12) {
            return (day.getYear() + 1) + "A";
        }
        return day.getYear() + (m <= 5 ? "A" : "B");
    }

    static LocalDate nextBoundary(LocalDate day) {
        LocalDate june = LocalDate.of(day.getYear(), 6, 1);
        LocalDate december = LocalDate.of(day.getYear(), 12, 1);
        if (day.isBefore(june)) {
            return june;
        }
        return day.isBefore(december) ? december : june.plusYears(1);
    }

    private static Instant instant(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
