// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.util.List;
import java.util.Optional;

/**
 * The header cards of one FITS file, HDU by HDU, in file order. Header mappers read this, not
 * nom-tam objects, so they can be unit-tested with cards written by hand.
 *
 * @param filename the file's name as stored (e.g. {@code N20101231S0338.fits.bz2})
 */
public record FitsHeaders(String filename, List<Hdu> hdus) {

    public FitsHeaders {
        hdus = List.copyOf(hdus);
    }

    public Hdu primary() {
        return hdus.get(0);
    }

    /** The first extension HDU, or the primary when the file has none. */
    public Hdu firstExtension() {
        return hdus.size() > 1 ? hdus.get(1) : hdus.get(0);
    }

    /** One HDU's cards. Keys are upper-case; HISTORY, COMMENT and blank cards are kept in order. */
    public record Hdu(List<Card> cards) {

        public Hdu {
            cards = List.copyOf(cards);
        }

        public Optional<Card> card(String key) {
            for (Card c : cards) {
                if (c.key().equals(key)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        public boolean has(String key) {
            return card(key).isPresent();
        }

        /** The value as text (numbers and booleans rendered as written), trimmed; empty if absent. */
        public Optional<String> string(String key) {
            return card(key).map(Card::value).map(v -> v.toString().trim());
        }

        /** The value as a number; empty if absent or not numeric. */
        public Optional<Double> number(String key) {
            return card(key).map(Card::value).flatMap(FitsHeaders::toDouble);
        }

        public Optional<Long> integer(String key) {
            return number(key).filter(d -> d == Math.rint(d)).map(Double::longValue);
        }

        public Optional<Boolean> bool(String key) {
            return card(key).map(Card::value).flatMap(v -> switch (v) {
                case Boolean b -> Optional.of(b);
                case String s when s.trim().equalsIgnoreCase("T") -> Optional.of(true);
                case String s when s.trim().equalsIgnoreCase("F") -> Optional.of(false);
                default -> Optional.empty();
            });
        }
    }

    /**
     * One header card.
     *
     * @param value a {@link String}, {@link Boolean}, {@link Long}, {@link Double}, or null for a
     *     card with no value (COMMENT, HISTORY, undefined)
     */
    public record Card(String key, Object value, String comment) {}

    private static Optional<Double> toDouble(Object v) {
        if (v instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        if (v instanceof String s) {
            try {
                return Optional.of(Double.parseDouble(s.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
