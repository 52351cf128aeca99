// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Ways to break a valid input: the edits a fuzzer makes to text (tokens dropped, repeated, swapped
 * for dictionary words or hostile fragments, the text cut short) and to bytes.
 */
final class Mutations {

    /** Fragments that trip parsers: quotes, escapes, huge and odd numbers, control and wide characters. */
    static final List<String> HOSTILE = List.of(
            "'",
            "\"",
            "''",
            "\\",
            "--",
            "/*",
            "*/",
            ";",
            "(",
            ")",
            "((((((((((",
            "))))",
            ",",
            ".",
            "..",
            "*",
            "%",
            "%00",
            "%ff",
            "%%",
            "&",
            "=",
            "+",
            "-",
            "1e309",
            "-1e309",
            "NaN",
            "Infinity",
            "99999999999999999999999",
            "-0",
            "0x1F",
            "1.2.3",
            "\u00e9",
            "\u6f22",
            "\ud83d\ude00",
            "\u202e",
            "\t",
            " ",
            "  ",
            "\u00a0",
            "null",
            "true",
            "[]",
            "{}",
            "<",
            ">",
            "<![CDATA[",
            "&amp;",
            "${x}",
            "$$",
            "E'\\x41'",
            "::text",
            "pg_sleep(10)",
            "/etc/passwd",
            "../",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

    private Mutations() {}

    static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** One to four edits of {@code text}, on a token grid (spaces and punctuation) or on characters. */
    static String mutate(Random r, String text, List<String> dictionary) {
        String s = text;
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits; i++) {
            s = edit(r, s, dictionary);
        }
        return s;
    }

    private static String edit(Random r, String s, List<String> dictionary) {
        if (s.isEmpty()) {
            return pick(r, dictionary);
        }
        int at = r.nextInt(s.length() + 1);
        int span = Math.min(s.length() - Math.min(at, s.length()), 1 + r.nextInt(12));
        String word = r.nextInt(3) == 0 ? pick(r, HOSTILE) : pick(r, dictionary);
        return switch (r.nextInt(7)) {
            case 0 -> s.substring(0, at) + " " + word + " " + s.substring(at); // insert a word
            case 1 -> s.substring(0, at) + s.substring(Math.min(s.length(), at + span)); // drop a span
            case 2 -> s.substring(0, at) + word + s.substring(Math.min(s.length(), at + span)); // replace a span
            case 3 ->
                s.substring(0, at)
                        + s.substring(at, Math.min(s.length(), at + span)).repeat(2 + r.nextInt(3))
                        + s.substring(Math.min(s.length(), at + span)); // repeat a span
            case 4 -> s.substring(0, at); // cut short
            case 5 -> s.substring(0, at) + (char) r.nextInt(0x3000) + s.substring(at); // any character
            default -> s.substring(0, at) + pick(r, HOSTILE) + s.substring(at);
        };
    }

    /** Bytes with a few flipped, dropped or repeated: corrupted files and bodies. */
    static byte[] mutate(Random r, byte[] bytes) {
        byte[] out = bytes.clone();
        int edits = 1 + r.nextInt(8);
        for (int i = 0; i < edits && out.length > 0; i++) {
            int at = r.nextInt(out.length);
            switch (r.nextInt(4)) {
                case 0 -> out[at] = (byte) r.nextInt(256);
                case 1 -> out = java.util.Arrays.copyOf(out, at); // truncated
                case 2 -> out[at] = (byte) (out[at] ^ (1 << r.nextInt(8)));
                default -> {
                    byte[] longer = new byte[out.length + 80];
                    System.arraycopy(out, 0, longer, 0, at);
                    System.arraycopy(out, at, longer, at + 80, out.length - at);
                    java.util.Arrays.fill(longer, at, at + 80, (byte) r.nextInt(256));
                    out = longer;
                }
            }
        }
        return out;
    }
}
