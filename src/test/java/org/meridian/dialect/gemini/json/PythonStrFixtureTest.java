// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The formatters against Python itself: the fixtures under {@code src/test/resources/gemini} were
 * written by python3 ({@code repr(float)}, {@code str(datetime)}) for thousands of values, including
 * random bit patterns and the values around Python's switches between positional and exponent form.
 */
class PythonStrFixtureTest {

    /** A fixture's lines but its comments, each split into its fields at {@code separator} (a regex). */
    private static List<String[]> fixture(String name, String separator) throws IOException {
        try (InputStream in = PythonStrFixtureTest.class.getResourceAsStream("/gemini/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .lines()
                    .filter(l -> !l.startsWith("#"))
                    .map(l -> l.split(separator))
                    .toList();
        }
    }

    @Test
    void floatReprMatchesPython() throws Exception {
        List<String[]> lines = fixture("python-float-repr.txt", " ");
        assertThat(lines).hasSizeGreaterThan(4000);
        for (String[] f : lines) {
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
            assertThat(PythonStr.floatRepr(d)).as(f[0]).isEqualTo(f[1]);
            StringWriter json = new StringWriter();
            new PythonJson(json, 4).write(d, 0);
            assertThat(json.toString()).as(f[0]).isEqualTo(f[1]);
        }
    }

    @Test
    void datetimeStrMatchesPython() throws Exception {
        List<String[]> lines = fixture("python-datetime-str.txt", "\\|");
        assertThat(lines).hasSize(1500);
        for (String[] f : lines) {
            long micros = Long.parseLong(f[0]);
            Instant t =
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
            assertThat(PythonStr.naive(t)).as(f[0]).isEqualTo(f[1]);
            assertThat(PythonStr.aware(t)).as(f[0]).isEqualTo(f[2]);
            LocalTime time = t.atOffset(ZoneOffset.UTC).toLocalTime();
            assertThat(PythonStr.time(time)).as(f[0]).isEqualTo(f[1].substring(11));
            assertThat(PythonStr.date(t.atOffset(ZoneOffset.UTC).toLocalDate())).isEqualTo(f[1].substring(0, 10));
        }
    }

    /** The hand-read HH:MM:SS[.f] path gives what LocalTime.parse gives, for good and bad text alike. */
    @Test
    void localTimeReadsAsLocalTimeParse() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        String alphabet = "0123456789:.5 x";
        List<String> samples = new java.util.ArrayList<>(List.of(
                "11:40:00.0",
                "05:49:29",
                "23:59:59.999999999",
                "24:00:00",
                "12:60:00",
                "1:40:00",
                "11:40",
                "11:40:00.",
                "11:40:00.1234567890",
                " 11:40:00.5 ",
                "11:40:00.000001",
                "ab:cd:ef",
                ""));
        for (int i = 0; i < 20000; i++) {
            StringBuilder b =
                    new StringBuilder(String.format("%02d:%02d:%02d", r.nextInt(26), r.nextInt(62), r.nextInt(62)));
            if (r.nextBoolean()) {
                b.append('.');
                int digits = r.nextInt(11);
                for (int d = 0; d < digits; d++) {
                    b.append((char) ('0' + r.nextInt(10)));
                }
            }
            if (r.nextInt(10) == 0) {
                b.setCharAt(r.nextInt(b.length()), alphabet.charAt(r.nextInt(alphabet.length())));
            }
            samples.add(b.toString());
        }
        for (String text : samples) {
            String expected;
            try {
                expected = PythonStr.time(LocalTime.parse(text.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                expected = text;
            }
            assertThat(PythonStr.localTime(text)).as(text).isEqualTo(expected);
        }
    }
}
