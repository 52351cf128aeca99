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

    private static List<String> fixture(String name) throws IOException {
        try (InputStream in = PythonStrFixtureTest.class.getResourceAsStream("/gemini/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .lines()
                    .filter(l -> !l.startsWith("#"))
                    .toList();
        }
    }

    @Test
    void floatReprMatchesPython() throws Exception {
        List<String> lines = fixture("python-float-repr.txt");
        assertThat(lines).hasSizeGreaterThan(4000);
        for (String line : lines) {
            String[] f = line.split(" ");
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
            assertThat(PythonStr.floatRepr(d)).as(f[0]).isEqualTo(f[1]);
            StringWriter json = new StringWriter();
            new PythonJson(json, 4).write(d, 0);
            assertThat(json.toString()).as(f[0]).isEqualTo(f[1]);
        }
    }

    @Test
    void datetimeStrMatchesPython() throws Exception {
        List<String> lines = fixture("python-datetime-str.txt");
        assertThat(lines).hasSize(1500);
        for (String line : lines) {
            String[] f = line.split("\\|");
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
}
