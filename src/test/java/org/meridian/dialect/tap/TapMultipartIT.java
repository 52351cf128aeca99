// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.testing.DemoHttp.enc;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoHttp;
import org.meridian.testing.Multipart;

/**
 * Multipart forms on /tap/sync and /tap/async: a malformed body is a 400 in the protocol's form
 * (a DALI VOTable error for sync queries and job creation, UWS plain text for a job's resources),
 * never a 500; and the unquoted boundary astroquery's TapPlus sends ({@code boundary====<ms>===})
 * reads like any other, uploads included.
 */
class TapMultipartIT {

    private static final String QUERY = "SELECT n FROM TAP_UPLOAD.t1";
    private static final byte[] TABLE = "n\n7\n".getBytes(StandardCharsets.UTF_8);

    private final DemoHttp http = new DemoHttp();

    @Test
    void malformedBodiesAre400sInTheProtocolsForm() throws Exception {
        HttpResponse<String> created = http.post("/tap/async", "LANG=ADQL&QUERY=" + enc("SELECT 1"));
        String job = URI.create(created.headers().firstValue("Location").orElseThrow())
                .getPath();
        // {Content-Type, body}
        List<String[]> bodies = List.of(
                new String[] {"multipart/form-data; boundary=abc", "--abc\r\nbroken"},
                new String[] {"multipart/form-data; boundary=abc", "no delimiter at all"},
                new String[] {"multipart/form-data; boundary=abc", "--abc\r\nno colon here\r\n\r\nx\r\n--abc--\r\n"},
                new String[] {
                    "multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"LANG\""
                },
                new String[] {"multipart/form-data; boundary=abc", "--abc\r\n\r\nADQL\r\n--abc--\r\n"},
                new String[] {"multipart/form-data; boundary=", "--\r\n"},
                new String[] {"multipart/form-data", "--abc\r\n"},
                new String[] {"multipart/form-data; boundary=\"unterminated", "--x\r\n"});
        List<String> wrong = new ArrayList<>();
        for (String[] body : bodies) {
            for (String path : List.of("/tap/sync", "/tap/async", job + "/parameters", job + "/phase")) {
                HttpResponse<String> response =
                        http.post(path, new Multipart(body[0], body[1].getBytes(StandardCharsets.UTF_8)));
                boolean tapForm = !path.startsWith(job);
                boolean ok = response.statusCode() == 400
                        && (tapForm
                                ? TapXmlAttacksIT.isVotableError(response)
                                : response.headers()
                                        .firstValue("Content-Type")
                                        .orElse("")
                                        .startsWith("text/plain"));
                if (!ok) {
                    wrong.add(path + " " + body[0] + " -> " + response.statusCode() + " " + response.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(http.get(job + "/phase").body().trim()).isEqualTo("PENDING");
    }

    @Test
    void tapPlusUnquotedBoundaryReadsWithAnUpload() throws Exception {
        String boundary = "===" + System.currentTimeMillis() + "===";
        Map<String, String> fields =
                Map.of("REQUEST", "doQuery", "LANG", "ADQL", "FORMAT", "csv", "QUERY", QUERY, "UPLOAD", "t1,param:t1");
        HttpResponse<String> sync = http.post("/tap/sync", Multipart.unquoted(boundary, fields, Map.of("t1", TABLE)));
        assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
        assertThat(sync.body()).contains("7");

        HttpResponse<String> async = http.post("/tap/async", Multipart.unquoted(boundary, fields, Map.of("t1", TABLE)));
        assertThat(async.statusCode()).as(async.body()).isEqualTo(303);
        String job =
                URI.create(async.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(http.get(job + "/parameters").body()).contains("t1,param:t1");
        http.send(
                java.net.http.HttpRequest.newBuilder(DemoHttp.uri(job)).DELETE().build());
    }
}
