// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MashupRequestTest {

    /** The body astroquery posts: json.dumps separators, then urllib.parse.quote. */
    private static final String BODY = "%7B%22service%22%3A%20%22Mast.Caom.Filtered%22%2C%20%22params%22%3A%20%7B"
            + "%22columns%22%3A%20%22%2A%22%2C%20%22filters%22%3A%20%5B%7B%22paramName%22%3A%20%22filters%22%2C%20"
            + "%22separator%22%3A%20%22%3B%22%2C%20%22values%22%3A%20%5B%22F277W%22%5D%7D%5D%7D%2C%20%22format%22"
            + "%3A%20%22json%22%2C%20%22pagesize%22%3A%2050000%2C%20%22page%22%3A%201%2C%20%22cacheBreaker%22%3A%20"
            + "%22c1a0%22%7D";

    @Test
    void readsWhatAstroqueryPosts() {
        MashupRequest r = MashupRequest.parse(URLDecoder.decode(BODY, StandardCharsets.UTF_8));
        assertThat(r.service()).isEqualTo("Mast.Caom.Filtered");
        assertThat(r.pageSize()).isEqualTo(50_000);
        assertThat(r.page()).isEqualTo(1);
        assertThat(r.offset()).isZero();
        assertThat(r.params().get("filters").get(0).get("values").get(0).asText())
                .isEqualTo("F277W");
    }

    @Test
    void readsThePageTheClientRewrites() {
        // astroquery asks for the next page by replacing this exact text in the encoded body.
        String next = BODY.replace("page%22%3A%201%2C", "page%22%3A%202%2C");
        assertThat(next).isNotEqualTo(BODY);
        MashupRequest r = MashupRequest.parse(URLDecoder.decode(next, StandardCharsets.UTF_8));
        assertThat(r.page()).isEqualTo(2);
        assertThat(r.offset()).isEqualTo(50_000);
    }

    @Test
    void defaultsWhenPagingIsAbsent() {
        MashupRequest r = MashupRequest.parse("{\"service\":\"Mast.Name.Lookup\",\"params\":{\"input\":\"M1\"}}");
        assertThat(r.pageSize()).isEqualTo(MashupRequest.DEFAULT_PAGE_SIZE);
        assertThat(r.page()).isEqualTo(1);
        assertThat(r.format()).isEqualTo("json");
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void refusesMalformedRequests(String request, String named) {
        assertThatThrownBy(() -> MashupRequest.parse(request))
                .isInstanceOf(MastException.class)
                .hasMessageContaining(named);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("{bad", ""),
                arguments("[1]", "JSON object"),
                arguments("{\"params\":{}}", "service"),
                arguments("{\"service\":\"x\",\"params\":3}", "params"),
                arguments("{\"service\":\"x\",\"page\":0}", "page"),
                arguments("{\"service\":\"x\",\"pagesize\":\"lots\"}", "pagesize"),
                arguments(null, ""));
    }

    @Test
    void malformedRequestsAreTheCallersMistake() {
        assertThat(((MastException) catchThrowable(() -> MashupRequest.parse("{"))).getStatus())
                .isEqualTo(400);
    }

    private static Throwable catchThrowable(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
