// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NulCharactersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void parametersAreSearchedByNameAndValue() {
        assertThat(NulCharacters.in(Map.of("object", List.of("M31", "a\0b")))).contains("parameter 'object'");
        assertThat(NulCharacters.in(Map.of("ob\0ject", List.of("x")))).contains("parameter 'ob\\0ject'");
        assertThat(NulCharacters.in(Map.of("object", List.of("M31")))).isEmpty();
    }

    @Test
    void jsonIsSearchedEverywhereWithThePathOfTheFind() throws Exception {
        assertThat(NulCharacters.in(JSON.readTree("{\"params\":{\"filters\":[{\"values\":[1,\"a\\u0000\"]}]}}")))
                .contains("JSON value 'params.filters[0].values[1]'");
        assertThat(NulCharacters.in(JSON.readTree("{\"a\\u0000\":1}"))).contains("JSON field name 'a\\0'");
        assertThat(NulCharacters.in(JSON.readTree("\"\\u0000\""))).contains("JSON value");
        assertThat(NulCharacters.in(JSON.readTree("{\"a\":[\"b\",{\"c\":null}],\"d\":2.5}")))
                .isEmpty();
    }

    @Test
    void deeplyNestedJsonIsWalkedWithoutRecursion() throws Exception {
        int depth = 900; // below the nesting Jackson parses
        String doc = "[".repeat(depth) + "\"\\u0000\"" + "]".repeat(depth);
        assertThat(NulCharacters.in(JSON.readTree(doc))).isPresent();
    }

    @Test
    void theMessageSaysWhere() {
        assertThat(NulCharacters.message("parameter 'object'"))
                .isEqualTo("Null characters are not allowed: parameter 'object'.");
    }
}
