// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Downloads, bundle scripts, auth and exclusive access over real HTTP. */
class MastDownloadIT {

    private static final String PUBLIC = "mast:JWST/product/jw01073-o001_t001_nircam_clear-f277w_i2d.fits";
    private static final String EXCLUSIVE = "mast:JWST/product/jw04520-o001_t001_nircam_clear-f277w_i2d.fits";

    private static HttpRequest.Builder file(String uri) {
        return HttpRequest.newBuilder(URI.create(MastHttp.base() + "/api/v0.1/Download/file?uri=" + uri));
    }

    @Test
    void headGetAndRangeAgree() throws Exception {
        HttpResponse<Void> head = MastHttp.send(
                file(PUBLIC)
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        long length = Long.parseLong(head.headers().firstValue("Content-Length").orElseThrow());
        assertThat(head.headers().firstValue("Accept-Ranges")).contains("bytes");
        HttpResponse<byte[]> get = MastHttp.send(
                file(PUBLIC).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat((long) get.body().length).isEqualTo(length);
        assertThat(new String(get.body(), 0, 6)).isEqualTo("SIMPLE");
        HttpResponse<byte[]> part = MastHttp.send(
                file(PUBLIC).header("Range", "bytes=1000-").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 1000-" + (length - 1) + "/" + length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(get.body(), 1000, (int) length));
        HttpResponse<String> beyond = MastHttp.send(
                file(PUBLIC).header("Range", "bytes=" + length + "-").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(beyond.statusCode()).isEqualTo(416);
    }

    @Test
    void exclusiveDataNeedTheProgramsToken() throws Exception {
        assertThat(status(file(EXCLUSIVE))).isEqualTo(401);
        var accounts = org.meridian.testing.DemoServer.archive().accounts();
        String bilbo = accounts.tokenOf(
                accounts.login("bilbo", "myprecious").orElseThrow().accountId());
        HttpResponse<String> other = MastHttp.send(
                file(EXCLUSIVE).header("Cookie", "mast_token=" + bilbo).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(MastHttp.JSON.readTree(other.body()).get("status").asText()).isEqualTo("ERROR");
        String token = MastHttp.jwstToken();
        assertThat(status(file(EXCLUSIVE).header("Cookie", "mast_token=" + token)))
                .isEqualTo(200);
        assertThat(status(file(EXCLUSIVE).header("Authorization", "token " + token)))
                .isEqualTo(200);
        assertThat(status(file(PUBLIC).header("Authorization", "token wrong"))).isEqualTo(401);
    }

    @Test
    void badUrisAre4xx() throws Exception {
        assertThat(status(file("nonsense"))).isEqualTo(400);
        assertThat(status(file("mast:JWST/product/none.fits"))).isEqualTo(404);
        assertThat(status(file(PUBLIC.replace("JWST", "HST")))).isEqualTo(404);
        HttpResponse<String> noUri = MastHttp.send(
                HttpRequest.newBuilder(URI.create(MastHttp.base() + "/api/v0.1/Download/bundle.sh"))
                        .header("Content-type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noUri.statusCode()).isEqualTo(400);
    }

    @Test
    void bundleScriptListsEveryUriAndDownloadsWhatTheCallerMayRead() throws Exception {
        HttpResponse<String> r = MastHttp.send(
                HttpRequest.newBuilder(URI.create(MastHttp.base() + "/api/v0.1/Download/bundle.sh"))
                        .header("Content-type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("uri=" + PUBLIC + "&uri=" + EXCLUSIVE))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        String script = r.body();
        assertThat(script).startsWith("#!/bin/bash").contains("<h3>Total Files: 2</h3>");
        assertThat(script).containsOnlyOnce("curl --globoff");
        assertThat(script)
                .contains("'/JWST/jw01073-o001_t001_nircam_clear-f277w/jw01073-o001_t001_nircam_clear-f277w_i2d.fits'")
                .contains(MastHttp.base() + "/api/v0.1/Download/file?bundle_name=MAST_")
                .contains("ACCESS DENIED");
    }

    @Test
    void whoamiTellsAnonymousFromLoggedIn() throws Exception {
        var who = HttpRequest.newBuilder(URI.create(MastHttp.base() + "/whoami"));
        JsonNode anon = MastHttp.JSON.readTree(
                MastHttp.send(who.build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(anon.get("anon").asBoolean()).isTrue();
        JsonNode me = MastHttp.JSON.readTree(MastHttp.send(
                        who.header("Cookie", "mast_token=" + MastHttp.jwstToken())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(me.get("anon").asBoolean()).isFalse();
        assertThat(me.at("/attrib/display_name").asText()).isEqualTo("Gabriela Ferreira");
        assertThat(me.get("eppn").asText()).isEqualTo("jwst_user");
    }

    /** The status a request for a file answers (its body read and dropped). */
    private static int status(HttpRequest.Builder request) throws Exception {
        return MastHttp.send(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .statusCode();
    }
}
