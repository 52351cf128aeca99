// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.dialect.gemini.rest.GeminiRestRoutes;

/** The DRF-style REST API: filters (nested, wildcard, comparisons), pagination, masking, errors. */
class GeminiRestIT {

    @Test
    void nestedWildcardFilterPaginationAndOrdering() throws Exception {
        GeminiHttp http = new GeminiHttp();
        JsonNode page1 = http.json("/api/headers?program__abstract=*taurus*&page_size=4&ordering=-data_label");
        assertThat(page1.get("count").asInt()).isEqualTo(6);
        assertThat(page1.get("previous").isNull()).isTrue();
        assertThat(page1.get("results").get(0).get("data_label").asText()).isEqualTo("GN-2010B-Q-22-4-006");
        assertThat(page1.get("results").get(0).get("program").get("program_id").asText())
                .isEqualTo("GN-2010B-Q-22");
        String next = page1.get("next").asText();
        JsonNode page2 = http.json(next.substring(next.indexOf("/api/")));
        assertThat(page2.get("results")).hasSize(2);
        assertThat(page2.get("next").isNull()).isTrue();
    }

    @Test
    void comparisonsAndNotEquals() throws Exception {
        GeminiHttp http = new GeminiHttp();
        JsonNode big = http.json("/api/files?data_label=GN-2010B-Q-22-4-001&file_size__gt=0&present=true");
        assertThat(big.get("count").asInt()).isEqualTo(1);
        JsonNode none = http.json("/api/headers?program__program_id=GN-2010B-Q-22&qa_state__ne=Pass");
        assertThat(none.get("count").asInt()).isZero();
        JsonNode later = http.json("/api/gmos?ut_datetime__gte=2025-01-01");
        assertThat(later.get("count").asInt()).isEqualTo(3);
    }

    @Test
    void proprietaryCoordinatesAreNullAndNotSearchable() throws Exception {
        GeminiHttp http = new GeminiHttp();
        JsonNode rows = http.json("/api/headers?program__program_id=GN-2025B-Q-210");
        assertThat(rows.get("count").asInt()).isEqualTo(3);
        assertThat(rows.get("results").get(0).get("ra").isNull()).isTrue();
        assertThat(http.json("/api/headers?program__program_id=GN-2025B-Q-210&ra__gt=0")
                        .get("count")
                        .asInt())
                .isZero();
    }

    @Test
    void badValuesAreDrfStyle400s() throws Exception {
        HttpResponse<byte[]> r = new GeminiHttp().get("/api/files?file_size__gt=abc");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(GeminiHttp.text(r)).isEqualTo("{\"file_size__gt\":[\"Enter a whole number.\"]}");
        assertThat(new GeminiHttp().get("/api/headers?ordering=shoesize").statusCode())
                .isEqualTo(400);
        assertThat(new GeminiHttp().get("/api/programs?page=0").statusCode()).isEqualTo(400);
        assertThat(GeminiRestRoutes.resources()).containsKeys("headers", "files", "programs", "gmos");
    }

    @Test
    void detailRoutesServeOneObjectAsTheListingDoes() throws Exception {
        GeminiHttp http = new GeminiHttp();
        JsonNode listed = http.json("/api/headers?data_label=GN-2010B-Q-22-4-001")
                .get("results")
                .get(0);
        assertThat(http.json("/api/headers/" + listed.get("id").asLong() + "/")).isEqualTo(listed);
        assertThat(http.json("/api/programs/GN-2010B-Q-22").get("pi_name").asText())
                .isNotBlank();
        JsonNode hidden = http.json("/api/headers?program__program_id=GN-2025B-Q-210")
                .get("results")
                .get(0);
        assertThat(http.json("/api/gmos/" + hidden.get("id").asLong()).get("ra").isNull())
                .isTrue();
        for (String missing : List.of("/api/headers/999999999", "/api/files/abc/", "/api/programs/GN-1999A-Q-0")) {
            HttpResponse<byte[]> r = http.get(missing);
            assertThat(r.statusCode()).as(missing).isEqualTo(404);
            assertThat(GeminiHttp.text(r)).as(missing).isEqualTo("{\"detail\":\"Not found.\"}");
        }
    }
}
