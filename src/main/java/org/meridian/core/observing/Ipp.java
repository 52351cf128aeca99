// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

/** Intra-proposal priority accounting (valhalla's rules, docs/lco-observing.md). All times are hours. */
public final class Ipp {
    public static final double MAX_IPP_VALUE = 2.0;
    public static final double MIN_IPP_VALUE = 0.5;

    /** The IPP part of a TimeAllocation. */
    public record Allocation(double ippLimit, double ippTimeAvailable) {
        Allocation clamped() {
            return new Allocation(ippLimit, Math.max(0, Math.min(ippTimeAvailable, ippLimit)));
        }
    }

    /** Thrown by {@link #validate} with valhalla's message. */
    public static final class InsufficientIpp extends RuntimeException {
        public InsufficientIpp(String message) {
            super(message);
        }
    }

    private Ipp() {}

    /** floor(min(available / duration + 1, 2) × 1000) / 1000. */
    public static double maxAllowable(double ippTimeAvailable, double durationHours) {
        return Math.floor(Math.min(ippTimeAvailable / durationHours + 1, MAX_IPP_VALUE) * 1000) / 1000;
    }

    public static double minAllowable() {
        return MIN_IPP_VALUE;
    }

    /**
     * Submission check for one key: the allocation must cover (ipp − 1) × duration; returns the
     * available time left for the next key of the same allocation.
     */
    public static double validate(
            double ippValue, double ippTimeAvailable, double durationHours, String observationType, String instrument) {
        double extra = ippValue - 1;
        if (extra <= 0) {
            return ippTimeAvailable;
        }
        double needed = durationHours * extra;
        if (ippTimeAvailable < needed) {
            double limit = Math.floor((ippTimeAvailable / durationHours + 1) * 1000) / 1000;
            throw new InsufficientIpp("An IPP Value of " + ippValue
                    + " requires more IPP time than you have available for '" + observationType
                    + "' Observation with the " + instrument + " . Please lower your IPP Value to <= " + limit
                    + " and submit again.");
        }
        return ippTimeAvailable - needed;
    }

    /** Debit on creation: only when ipp > 1, and not capped (valhalla does not clamp here). */
    public static Allocation debitOnCreation(Allocation a, double ippValue, double durationHours) {
        if (ippValue <= 1) {
            return a;
        }
        return new Allocation(a.ippLimit(), a.ippTimeAvailable() - (ippValue - 1) * durationHours);
    }

    /** The credit or debit for one Request changing state, clamped to [0, ipp_limit]. */
    public static Allocation onStateChange(
            Allocation a, double ippValue, double requestHours, RequestState from, RequestState to) {
        double change = 0;
        if (to == RequestState.COMPLETED) {
            if (ippValue < 1) {
                change = Math.abs(ippValue - 1) * requestHours;
            } else if (from == RequestState.WINDOW_EXPIRED) {
                change = -(ippValue - 1) * requestHours;
            }
        } else if ((to == RequestState.CANCELED || to == RequestState.WINDOW_EXPIRED) && ippValue >= 1) {
            change = (ippValue - 1) * requestHours;
        }
        return new Allocation(a.ippLimit(), a.ippTimeAvailable() + change).clamped();
    }
}
