// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvValuesTest {

    private static String csv(String type, Object value) {
        StringBuilder out = new StringBuilder();
        CsvValues.append(out, type, value);
        return out.toString();
    }

    @Test
    void nullIsAnUnquotedEmptyFieldAndTextIsAlwaysQuoted() {
        assertThat(csv("text", null)).isEmpty();
        assertThat(csv("text", "")).isEqualTo("\"\"");
        assertThat(csv("text", "a\",\nb")).isEqualTo("\"a\"\",\nb\"");
    }

    @Test
    void numbersBooleansAndArraysAsPostgresqlReadsThem() {
        assertThat(csv("boolean", true)).isEqualTo("t");
        assertThat(csv("smallint", (byte) 7)).isEqualTo("7");
        assertThat(csv("bigint", 1L << 40)).isEqualTo("1099511627776");
        assertThat(csv("double precision", Double.NaN)).isEqualTo("NaN");
        assertThat(csv("real", Float.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(csv("double precision[]", new double[] {1.5, -2})).isEqualTo("\"{1.5,-2.0}\"");
        assertThat(csv("double precision[]", new float[] {})).isEqualTo("\"{}\"");
    }
}
