// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.http;

/**
 * How many requests one client may send: {@code perSecond} sustained, {@code burst} at once. The
 * archive keeps one budget per address and one per credential (docs/operations.md, "Limits").
 */
public record RateLimit(double perSecond, int burst) {

    /** No limit (the setting {@code off}). */
    public static final RateLimit OFF = new RateLimit(Double.POSITIVE_INFINITY, Integer.MAX_VALUE);

    /** Each address: enough for a busy client behind a shared NAT, not for a flood. */
    public static final RateLimit PER_ADDRESS = new RateLimit(200, 2000);

    public RateLimit {
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and burst");
        }
    }

    /** {@code "off"} or {@code "<per second>,<burst>"}, e.g. {@code "100,1000"}. */
    public static RateLimit parse(String setting) {
        String s = setting.trim();
        if (s.equalsIgnoreCase("off")) {
            return OFF;
        }
        String[] parts = s.split("\\s*,\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("rate limit '" + setting + "': expected off or <per second>,<burst>");
        }
        try {
            return new RateLimit(Double.parseDouble(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rate limit '" + setting + "': expected off or <per second>,<burst>");
        }
    }

    boolean off() {
        return Double.isInfinite(perSecond);
    }
}
