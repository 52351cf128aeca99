// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonJsonTest {

    private static String dump(Object value, int indent) throws Exception {
        StringWriter out = new StringWriter();
        new PythonJson(out, indent).write(value, 0);
        return out.toString();
    }

    @Test
    void indentedLikeJsonDumpsIndent4() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "N20101231S0338.fits");
        m.put("compressed", true);
        m.put("file_size", 21314852L);
        m.put("ra", 64.4862);
        m.put("object", null);
        m.put("empty", List.of());
        assertThat(dump(List.of(m), 4))
                .isEqualTo("[\n    {\n        \"name\": \"N20101231S0338.fits\",\n        \"compressed\": true,\n"
                        + "        \"file_size\": 21314852,\n        \"ra\": 64.4862,\n        \"object\": null,\n"
                        + "        \"empty\": []\n    }\n]");
        assertThat(dump(List.of(), 4)).isEqualTo("[]");
    }

    @Test
    void compactLikeJsonDumpsDefault() throws Exception {
        assertThat(dump(List.of(1, "a", Map.of("k", false)), -1)).isEqualTo("[1, \"a\", {\"k\": false}]");
    }

    @Test
    void nonAsciiAndControlCharactersAreEscaped() throws Exception {
        assertThat(dump("C\u00e9line \"x\"\n\\", 4)).isEqualTo("\"C\\u00e9line \\\"x\\\"\\n\\\\\"");
    }

    @Test
    void deleteAndAstralCharactersAreEscapedAsPythonDoes() throws Exception {
        // python3 -c 'import json; print(json.dumps("\x7f\x1f\u00e9\U0001F600~"))'
        assertThat(dump("\u007f\u001f\u00e9\ud83d\ude00~", 4)).isEqualTo("\"\\u007f\\u001f\\u00e9\\ud83d\\ude00~\"");
    }

    @Test
    void byteStreamOutputIsTheWriterOutputInAscii() throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "N20101231S0338.fits");
        row.put("object", "C\u00e9line \"x\"\n");
        row.put("ra", 64.4862);
        row.put("nested", Map.of("name", List.of(1, true)));
        Map<String, Object> accented = new LinkedHashMap<>();
        accented.put("k\u00e9y", null);
        List<Object> value = List.of(row, row, accented, List.of());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        PythonJson json = new PythonJson(bytes, 4);
        json.write(value, 0);
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(dump(value, 4));
        for (byte b : bytes.toByteArray()) {
            assertThat(b).isNotNegative();
        }
    }

    @Test
    void databaseTextBytesAreWrittenAsTheStringWouldBe() {
        for (String text : List.of("N20101231S0338.fits", "", "C\u00e9line \"x\"\n\\", "\ud83d\ude00", "~\u007f")) {
            byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(new AsciiJson(8).utf8String(utf8).toString())
                    .isEqualTo(new AsciiJson(8).string(text).toString());
        }
        assertThat(new AsciiJson(8)
                        .utf8String("a\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString())
                .isEqualTo("\"a\\u00e9\"");
    }

    @Test
    void bufferGrowsPastItsFirstCapacityWithEscapes() {
        String text = "\u00e9".repeat(100) + "x".repeat(100);
        assertThat(new AsciiJson(8).string(text).toString())
                .isEqualTo("\"" + "\\u00e9".repeat(100) + "x".repeat(100) + "\"");
    }

    @Test
    void floatsAsPythonRepr() {
        assertThat(PythonStr.floatRepr(1200)).isEqualTo("1200.0");
        assertThat(PythonStr.floatRepr(119.9986)).isEqualTo("119.9986");
        assertThat(PythonStr.floatRepr(0.0001)).isEqualTo("0.0001");
        assertThat(PythonStr.floatRepr(0.00001)).isEqualTo("1e-05");
        assertThat(PythonStr.floatRepr(1.5e-7)).isEqualTo("1.5e-07");
        assertThat(PythonStr.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(PythonStr.floatRepr(1234567890123456.0)).isEqualTo("1234567890123456.0");
        assertThat(PythonStr.floatRepr(-0.5)).isEqualTo("-0.5");
        assertThat(PythonStr.floatRepr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    }

    @Test
    void floatsAroundTheFastPlainFormAsPythonRepr() {
        assertThat(PythonStr.floatRepr(0.001)).isEqualTo("0.001");
        assertThat(PythonStr.floatRepr(0.0015)).isEqualTo("0.0015");
        assertThat(PythonStr.floatRepr(-2.5e-3)).isEqualTo("-0.0025");
        assertThat(PythonStr.floatRepr(9999999.999)).isEqualTo("9999999.999");
        assertThat(PythonStr.floatRepr(1e7)).isEqualTo("10000000.0");
        assertThat(PythonStr.floatRepr(123456.789)).isEqualTo("123456.789");
        assertThat(PythonStr.floatRepr(0.1 + 0.7)).isEqualTo("0.7999999999999999");
        assertThat(PythonStr.floatRepr(1.0 / 3)).isEqualTo("0.3333333333333333");
    }

    @Test
    void escapesBetweenPlainRunsAndAtTheEnds() throws Exception {
        assertThat(dump("\ta\"b\n", 4)).isEqualTo("\"\\ta\\\"b\\n\"");
        assertThat(dump("plain", 4)).isEqualTo("\"plain\"");
        assertThat(dump("", 4)).isEqualTo("\"\"");
    }

    @Test
    void datetimesAsPythonStr() {
        assertThat(PythonStr.naive(Instant.parse("2007-02-21T15:49:30Z"))).isEqualTo("2007-02-21 15:49:30");
        assertThat(PythonStr.aware(Instant.parse("2017-06-26T05:20:21.887338Z")))
                .isEqualTo("2017-06-26 05:20:21.887338+00:00");
        assertThat(PythonStr.time(LocalTime.of(5, 49, 29))).isEqualTo("05:49:29");
        assertThat(PythonStr.localTime("11:40:00.0")).isEqualTo("11:40:00");
        assertThat(PythonStr.localTime("not a time")).isEqualTo("not a time");
    }

    @Test
    void tagListAsPythonStrOfAList() {
        assertThat(PythonStr.list(List.of("GEMINI_NORTH", "GMOS_N"))).isEqualTo("['GEMINI_NORTH', 'GMOS_N']");
        assertThat(PythonStr.list(List.of())).isEqualTo("[]");
        assertThat(PythonStr.repr("it's")).isEqualTo("\"it's\"");
    }
}
