// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.testing.DemoHttp.enc;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoHttp;
import org.meridian.testing.Multipart;
import org.meridian.testing.XmlAttacks;

/**
 * Hostile VOTables uploaded to /tap/sync and /tap/async on the demo: external entities (file and
 * http), an external parameter entity, an external DTD, billion laughs, quadratic blowup and STREAM
 * hrefs are each refused with a 400 VOTable error that holds nothing of the local file, nothing is
 * fetched, and the service answers a normal query right after.
 */
class TapXmlAttacksIT {

    private static final String QUERY = "SELECT * FROM TAP_UPLOAD.t1";

    private final DemoHttp http = new DemoHttp();

    @Test
    void everyAttackIsRefusedSyncAndAsync() throws Exception {
        try (XmlAttacks attacks = new XmlAttacks()) {
            List<String> wrong = new ArrayList<>();
            for (Map.Entry<String, String> attack : attacks.documents().entrySet()) {
                Multipart form = Multipart.of(
                        Map.of("LANG", "ADQL", "QUERY", QUERY, "UPLOAD", "t1,param:t1", "FORMAT", "csv"),
                        Map.of("t1", attack.getValue().getBytes(StandardCharsets.UTF_8)));
                for (String endpoint : List.of("/tap/sync", "/tap/async")) {
                    HttpResponse<String> response = http.post(endpoint, form);
                    if (response.statusCode() != 400 || !isVotableError(response)) {
                        wrong.add(attack.getKey() + " at " + endpoint + " -> " + response.statusCode() + " "
                                + response.body());
                    }
                    assertThat(response.body()).as(attack.getKey()).doesNotContain(attacks.secret());
                }
            }
            assertThat(wrong).isEmpty();
            assertThat(attacks.hits())
                    .as("requests that reached the http target")
                    .isZero();
        }
        HttpResponse<String> after = http.get(
                "/tap/sync?LANG=ADQL&FORMAT=csv&QUERY=" + enc("SELECT TOP 1 table_name FROM tap_schema.tables"));
        assertThat(after.statusCode()).isEqualTo(200);
    }

    @Test
    void aPlainVotableUploadStillWorks() throws Exception {
        HttpResponse<String> response = http.post(
                "/tap/sync",
                Multipart.of(
                        Map.of("LANG", "ADQL", "QUERY", QUERY, "UPLOAD", "t1,param:t1", "FORMAT", "csv"),
                        Map.of("t1", XmlAttacks.plain("M31").getBytes(StandardCharsets.UTF_8))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("M31");
    }

    static boolean isVotableError(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/x-votable+xml")
                && response.body().contains("QUERY_STATUS\" value=\"ERROR\"");
    }
}
