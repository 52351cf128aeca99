// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

/**
 * A SODA request that cannot be answered with data (SODA 1.0 section 5, DALI 1.1 section 4.2): the
 * status and the message, which starts with the fault's name ({@code UsageFault},
 * {@code NoOverlap}, {@code NotFoundFault}, {@code NotAuthorizedFault}).
 */
public final class SodaFault extends Exception {

    private final int status;

    private SodaFault(int status, String message) {
        super(message);
        this.status = status;
    }

    public static SodaFault usage(String message) {
        return new SodaFault(400, "UsageFault: " + message);
    }

    public static SodaFault noOverlap(String message) {
        return new SodaFault(400, "NoOverlap: " + message);
    }

    public static SodaFault notFound(String message) {
        return new SodaFault(404, "NotFoundFault: " + message);
    }

    public int status() {
        return status;
    }
}
