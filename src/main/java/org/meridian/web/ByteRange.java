// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP byte range ({@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}) resolved against a
 * size, for every route that serves stored bytes. Each dialect answers {@link Unsatisfiable} with a
 * 416 in its own error form and a {@code Content-Range: bytes *}{@code /size} header.
 */
public record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

    /** Thrown for a range that lies outside the file: answered with 416. */
    public static final class Unsatisfiable extends RuntimeException {
        public Unsatisfiable(String header) {
            super("range not satisfiable: " + header);
        }
    }

    /**
     * The range a {@code Range} header asks for, or empty for the whole file (no header, or a form we
     * do not serve partially, such as several ranges: RFC 9110 lets a server ignore those).
     */
    public static Optional<ByteRange> parse(String header, long size) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Matcher m = SINGLE.matcher(header);
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0 || size == 0) {
                    throw new Unsatisfiable(header);
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (first >= size || last < first) {
                throw new Unsatisfiable(header);
            }
            return Optional.of(new ByteRange(first, last));
        } catch (NumberFormatException e) {
            throw new Unsatisfiable(header);
        }
    }

    public long length() {
        return last - first + 1;
    }
}
