// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.dali;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaliParamsTest {

    private static DaliParams of(String... nameValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return DaliParams.of(map);
    }

    @Test
    void namesAreCaseInsensitiveAndRepeatedValuesKeepTheirOrder() {
        DaliParams p = DaliParams.of(Map.of("id", List.of("a", "b")));
        assertThat(p.all("ID")).containsExactly("a", "b");
        assertThat(p.first("Id")).isEqualTo("a");
        assertThat(p.first("POS")).isNull();
    }

    @Test
    void responseFormatFallsBackToFormat() {
        assertThat(of("format", "csv").responseFormat()).isEqualTo("csv");
        assertThat(of("FORMAT", "csv", "responseformat", "votable").responseFormat())
                .isEqualTo("votable");
        assertThat(of().responseFormat()).isNull();
    }

    @Test
    void maxrecIsAWholeNumberNotBelowZero() throws BadParameterException {
        assertThat(of().maxrec()).isNull();
        assertThat(of("MAXREC", " ").maxrec()).isNull();
        assertThat(of("maxrec", " 7 ").maxrec()).isEqualTo(7L);
        assertThatThrownBy(() -> of("MAXREC", "-1").maxrec()).isInstanceOf(BadParameterException.class);
        assertThatThrownBy(() -> of("MAXREC", "ten").maxrec()).hasMessageContaining("whole number");
    }

    @Test
    void aPlainFieldServesAsAPart() throws Exception {
        try (var in = of("t1", "a,b").part("T1").orElseThrow().open()) {
            assertThat(new String(in.readAllBytes())).isEqualTo("a,b");
        }
        assertThat(of().part("t1")).isEmpty();
    }
}
