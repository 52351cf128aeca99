// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.time.Instant;
import java.util.List;

/** An allocation semester, e.g. 2016B; windows must lie inside one. */
public record Semester(String id, Instant start, Instant end) {

    public boolean contains(Instant from, Instant to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }

    /** The semester containing all of a request's windows. */
    public static Semester containing(List<Semester> semesters, Request request) {
        return containing(semesters, request.windows());
    }

    /** The semester containing all of these windows. */
    public static Semester containing(List<Semester> semesters, List<Window> windows) {
        Instant first = windows.stream()
                .map(Window::start)
                .min(Instant::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("You must specify at least 1 window"));
        Instant last = windows.stream().map(Window::end).max(Instant::compareTo).orElseThrow();
        return semesters.stream()
                .filter(s -> s.contains(first, last))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "The observation window does not fit within any defined semester."));
    }
}
