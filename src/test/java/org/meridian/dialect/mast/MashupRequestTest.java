// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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

    @Test
    void refusesMalformedRequests() {
        assertThatThrownBy(() -> MashupRequest.parse("{bad")).isInstanceOf(MastException.class);
        assertThatThrownBy(() -> MashupRequest.parse("[1]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> MashupRequest.parse("{\"params\":{}}")).hasMessageContaining("service");
        assertThatThrownBy(() -> MashupRequest.parse("{\"service\":\"x\",\"params\":3}"))
                .hasMessageContaining("params");
        assertThatThrownBy(() -> MashupRequest.parse("{\"service\":\"x\",\"page\":0}"))
                .hasMessageContaining("page");
        assertThatThrownBy(() -> MashupRequest.parse("{\"service\":\"x\",\"pagesize\":\"lots\"}"))
                .hasMessageContaining("pagesize");
        assertThatThrownBy(() -> MashupRequest.parse(null)).isInstanceOf(MastException.class);
        assertThat(((MastException) catchThrowable(() -> MashupRequest.parse("{"))).status())
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
