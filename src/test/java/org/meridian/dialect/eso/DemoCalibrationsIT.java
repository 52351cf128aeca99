// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoServer;

/**
 * The demo's FORS2 and UVES science frames have complete calibration sets: every kind their
 * instrument's rules ask for, raw and master, is found among the demo's calibrations.
 */
class DemoCalibrationsIT {

    /** The first demo night's first FORS2 and UVES science frames (demo.EsoData). */
    static final String FORS2 = "FORS2.2019-03-02T01:12:00.000";

    static final String UVES = "UVES.2019-03-02T01:40:00.000";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void fors2ImagingHasBiasFlatAndStandardAndTheirMasters() throws Exception {
        assertThat(kinds(FORS2, "Raw2Raw")).contains("raw bias (BIAS)", "raw flat (FLAT,SKY)", "raw standard (STD)");
        assertThat(kinds(FORS2, "Raw2Master"))
                .containsExactlyInAnyOrder("master bias (MASTER_BIAS)", "master flat (MASTER_SKY_FLAT_IMG)");
    }

    @Test
    void uvesEchelleHasBiasFlatArcAndStandardAndTheirMasters() throws Exception {
        assertThat(kinds(UVES, "Raw2Raw"))
                .contains("raw bias (BIAS)", "raw flat (LAMP,FLAT)", "raw arc (LAMP,WAVE)", "raw standard (STD)");
        assertThat(kinds(UVES, "Raw2Master"))
                .containsExactlyInAnyOrder(
                        "master bias (MASTER_BIAS)", "master flat (MASTER_FLAT)", "master arc (LINE_TABLE)");
    }

    /** What each row is ("raw bias (BIAS)"), every row readable. */
    static List<String> kinds(String dpId, String mode) throws Exception {
        String url = DemoServer.baseUrl() + "/calselector/associations?ID="
                + URLEncoder.encode("ivo://eso.org/ID?" + dpId, StandardCharsets.UTF_8) + "&mode=" + mode;
        HttpResponse<byte[]> r =
                HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        List<Map<String, String>> rows = DatalinkIT.links(r).rows();
        assertThat(rows).allSatisfy(row -> assertThat(row.get("access_url")).isNotNull());
        return rows.stream()
                .map(row -> row.get("description")
                        .substring(0, row.get("description").indexOf(" for ")))
                .distinct()
                .toList();
    }
}
