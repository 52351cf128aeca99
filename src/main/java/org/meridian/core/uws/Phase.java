// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The execution phases of a UWS 1.1 job. A closed set (an enum is Java's sealed set of constants)
 * with the transitions the standard's state diagram allows.
 */
public enum Phase {
    PENDING,
    QUEUED,
    EXECUTING,
    COMPLETED,
    ERROR,
    ABORTED,
    HELD,
    SUSPENDED,
    ARCHIVED,
    UNKNOWN;

    /** May this phase become {@code next}? */
    public boolean canMoveTo(Phase next) {
        return successors().contains(next);
    }

    public Set<Phase> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(QUEUED, HELD, ABORTED, ERROR);
            case QUEUED -> EnumSet.of(EXECUTING, HELD, ABORTED, ERROR);
            case EXECUTING -> EnumSet.of(COMPLETED, ERROR, ABORTED, SUSPENDED, QUEUED);
            case HELD -> EnumSet.of(QUEUED, PENDING, ABORTED, ERROR);
            case SUSPENDED -> EnumSet.of(EXECUTING, ABORTED, ERROR);
            case COMPLETED, ERROR, ABORTED -> EnumSet.of(ARCHIVED);
            case UNKNOWN -> EnumSet.of(ERROR, ABORTED);
            case ARCHIVED -> EnumSet.noneOf(Phase.class);
        };
    }

    /** UWS 1.1 §2.2.3.1: a blocking GET waits only while the job is in one of these. */
    public boolean isActive() {
        return this == PENDING || this == QUEUED || this == EXECUTING;
    }

    /** The job will not run (again) by itself: its outcome is settled. */
    public boolean isFinal() {
        return this == COMPLETED || this == ERROR || this == ABORTED || this == ARCHIVED;
    }

    /** The phases ABORT applies to: everything not yet settled. */
    public static Set<Phase> abortable() {
        return EnumSet.of(PENDING, QUEUED, EXECUTING, HELD, SUSPENDED, UNKNOWN);
    }

    /** Parses a phase name case-insensitively (Gaia's examples send {@code PHASE=run}). */
    public static Optional<Phase> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
