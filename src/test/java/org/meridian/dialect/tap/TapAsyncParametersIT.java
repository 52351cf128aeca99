// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.testing.DemoHttp.enc;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoHttp;
import org.meridian.testing.DemoServer;

/**
 * UWS 1.1 section 2.2.3.6 with TAP UPLOAD over raw HTTP: parameters POSTed to a PENDING job,
 * multipart uploads included, are stored and used when it runs; later uploads add tables; the upload
 * limits answer 400 in plain text; a job past PENDING refuses changes with 409 and stays as it was.
 */
class TapAsyncParametersIT {

    private final DemoHttp http = new DemoHttp();

    @Test
    void anUploadPostedToTheParametersIsStoredAndQueried() throws Exception {
        String job = pendingJob("SELECT id, ra FROM TAP_UPLOAD.t1 ORDER BY id");

        HttpResponse<String> posted = multipart(
                job + "/parameters", Map.of("UPLOAD", "t1,param:t1"), Map.of("t1", csv("id,ra", "3,30.5", "1,10.5")));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith(job);
        assertThat(http.get(job + "/parameters").body())
                .contains("id=\"upload\"", "t1,param:t1")
                .doesNotContain("30.5");
        assertThat(storedInputs(job)).isEqualTo(1);

        String result = runToCompletion(job);
        assertThat(result.lines().toList()).containsExactly("id,ra", "1,10.5", "3,30.5");
    }

    @Test
    void laterUploadsAddTablesAndAFormFieldMayCarryTheTable() throws Exception {
        String job = pendingJob("SELECT t1.id, t2.name FROM TAP_UPLOAD.t1 AS t1 JOIN TAP_UPLOAD.t2 AS t2"
                + " ON t1.id = t2.id ORDER BY t1.id");
        assertThat(multipart(job + "/parameters", Map.of("UPLOAD", "t1,param:t1"), Map.of("t1", csv("id", "1", "2")))
                        .statusCode())
                .isEqualTo(303);
        // The second table as a plain form field (TAP allows either), url-encoded like a browser form.
        String t2 = new String(csv("id,name", "2,second", "9,nine"), StandardCharsets.UTF_8);
        assertThat(http.post(job + "/parameters", "UPLOAD=" + enc("t2,param:tab2") + "&tab2=" + enc(t2))
                        .statusCode())
                .isEqualTo(303);
        assertThat(http.get(job + "/parameters").body()).contains("t1,param:t1;t2,param:tab2");
        assertThat(storedInputs(job)).isEqualTo(2);

        String result = runToCompletion(job);
        assertThat(result.lines().toList()).containsExactly("id,name", "2,second");
    }

    @Test
    void uploadsOverTheLimitsOrMalformedAreRefusedAndChangeNothing() throws Exception {
        String job = pendingJob("SELECT * FROM TAP_UPLOAD.t1");
        String[] rows = new String[100_002];
        rows[0] = "id";
        for (int i = 1; i < rows.length; i++) {
            rows[i] = Integer.toString(i);
        }
        HttpResponse<String> tooMany =
                multipart(job + "/parameters", Map.of("UPLOAD", "t1,param:t1"), Map.of("t1", csv(rows)));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(tooMany.body()).contains("uploaded table t1 has more than the limit of 100000 rows");

        HttpResponse<String> missingPart =
                multipart(job + "/parameters", Map.of("UPLOAD", "t1,param:absent"), Map.of("t1", csv("id", "1")));
        assertThat(missingPart.statusCode()).isEqualTo(400);
        assertThat(missingPart.body()).contains("no such multipart part");

        HttpResponse<String> notATable = multipart(
                job + "/parameters",
                Map.of("UPLOAD", "t1,param:t1"),
                Map.of("t1", "\u0000\u0001 not a table".getBytes(StandardCharsets.UTF_8)));
        assertThat(notATable.statusCode()).isEqualTo(400);
        assertThat(notATable.body()).contains("t1");

        assertThat(http.get(job + "/parameters").body()).doesNotContain("upload");
        assertThat(storedInputs(job)).isZero();
        assertThat(http.get(job + "/phase").body().trim()).isEqualTo("PENDING");
    }

    @Test
    void aJobPastPendingRefusesNewParametersAndUploads() throws Exception {
        String job = pendingJob("SELECT TOP 1 table_name FROM tap_schema.tables");
        runToCompletion(job);
        String before = http.get(job + "/parameters").body();

        HttpResponse<String> upload =
                multipart(job + "/parameters", Map.of("UPLOAD", "t1,param:t1"), Map.of("t1", csv("id", "1")));
        assertThat(upload.statusCode()).isEqualTo(409);
        assertThat(upload.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(upload.body()).contains("only while the job is PENDING", "COMPLETED");
        assertThat(http.post(job + "/parameters", "MAXREC=5").statusCode()).isEqualTo(409);

        assertThat(http.get(job + "/parameters").body()).isEqualTo(before);
        assertThat(storedInputs(job)).isZero();
    }

    @Test
    void theCreatingPostMaySetExecutionDurationAndDestruction() throws Exception {
        String destruction = java.time.Instant.now()
                .plus(java.time.Duration.ofDays(10))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        HttpResponse<String> created = http.post(
                "/tap/async",
                "LANG=ADQL&EXECUTIONDURATION=120&DESTRUCTION=" + destruction + "&PHASE=RUN&QUERY="
                        + enc("SELECT TOP 1 table_name FROM tap_schema.tables"));
        assertThat(created.statusCode()).isEqualTo(303);
        String job = URI.create(created.headers().firstValue("Location").orElseThrow())
                .getPath();
        assertThat(http.get(job + "/executionduration").body().trim()).isEqualTo("120");
        assertThat(http.get(job + "/destruction").body().trim()).startsWith(destruction.replace("Z", ""));
        assertThat(http.get(job + "/phase").body().trim()).isIn("QUEUED", "EXECUTING", "COMPLETED");
        // More than the service grants is capped at its hard limit, as /tap/capabilities declares it.
        String greedy = URI.create(
                        http.post("/tap/async", "LANG=ADQL&EXECUTIONDURATION=999999&QUERY=" + enc("SELECT 1 AS one"))
                                .headers()
                                .firstValue("Location")
                                .orElseThrow())
                .getPath();
        assertThat(http.get(greedy + "/executionduration").body().trim()).isEqualTo("14400");
        assertThat(http.get("/tap/capabilities").body())
                .contains("<executionDuration><default>3600</default><hard>14400</hard></executionDuration>");
        HttpResponse<String> bad = http.post("/tap/async", "LANG=ADQL&EXECUTIONDURATION=soon&QUERY=SELECT%201");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    private String pendingJob(String adql) throws Exception {
        HttpResponse<String> created = http.post("/tap/async", "LANG=ADQL&RESPONSEFORMAT=csv&QUERY=" + enc(adql));
        assertThat(created.statusCode()).isEqualTo(303);
        return URI.create(created.headers().firstValue("Location").orElseThrow())
                .getPath();
    }

    /** PHASE=RUN, waits, and returns the CSV result (failing with the job document if it did not complete). */
    private String runToCompletion(String job) throws Exception {
        assertThat(http.post(job + "/phase", "PHASE=RUN").statusCode()).isEqualTo(303);
        String phase = "";
        for (int i = 0; i < 60 && !phase.equals("COMPLETED") && !phase.equals("ERROR"); i++) {
            http.get(job + "?WAIT=1&PHASE=" + (phase.isEmpty() ? "QUEUED" : phase));
            phase = http.get(job + "/phase").body().trim();
        }
        assertThat(phase).as(http.get(job).body()).isEqualTo("COMPLETED");
        return http.get(job + "/results/result").body();
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** How many input files the job has on record. */
    private static int storedInputs(String jobPath) throws SQLException {
        String id = jobPath.substring(jobPath.lastIndexOf('/') + 1);
        try (Connection c = DemoServer.archive().db().connection();
                PreparedStatement s = c.prepareStatement("select count(*) from uws_input where job_id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private HttpResponse<String> multipart(String path, Map<String, String> fields, Map<String, byte[]> files)
            throws Exception {
        String boundary = "meridian-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> ordered = new LinkedHashMap<>(fields);
        for (Map.Entry<String, String> field : ordered.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
                            + "\"; filename=\"" + file.getKey() + ".csv\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(DemoHttp.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }
}
