// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.testing.ArchiveMembers;

/** {@code /file} and {@code /download} over real HTTP: access, compression, ranges, tar contents. */
class GeminiFilesIT {

    @BeforeAll
    static void owner() throws Exception {
        GeminiArchiveIT.proprietaryProgramOwner();
    }

    @Test
    void publicFileIsServedDecompressedOrAsStored() throws Exception {
        GeminiHttp http = new GeminiHttp();
        HttpResponse<byte[]> plain = http.get("/file/N20101231S0338.fits");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type")).contains("application/fits");
        assertThat(plain.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"N20101231S0338.fits\"");
        assertThat(new String(plain.body(), 0, 9, StandardCharsets.US_ASCII)).isEqualTo("SIMPLE  =");
        assertThat(plain.body().length % 2880).isZero();

        HttpResponse<byte[]> stored = http.get("/file/N20101231S0338.fits.bz2");
        assertThat(stored.headers().firstValueAsLong("Content-Length")).hasValue(stored.body().length);
        assertThat(new BZip2CompressorInputStream(new ByteArrayInputStream(stored.body())).readAllBytes())
                .isEqualTo(plain.body());
        JsonMd5 meta = JsonMd5.of(http, "N20101231S0338.fits");
        assertThat(md5(stored.body())).isEqualTo(meta.fileMd5());
        assertThat(md5(plain.body())).isEqualTo(meta.dataMd5());

        HttpResponse<byte[]> head = http.head("/file/N20101231S0338.fits");
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(plain.body().length);
        HttpResponse<byte[]> range = http.send(HttpRequest.newBuilder(GeminiHttp.uri("/file/N20101231S0338.fits"))
                .header("Range", "bytes=2880-2889")
                .build());
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(java.util.Arrays.copyOfRange(plain.body(), 2880, 2890));
    }

    @Test
    void proprietaryFileIsDeniedToAnonymousAndServedToItsOwner() throws Exception {
        HttpResponse<byte[]> denied = new GeminiHttp().get("/file/N20251201S0100.fits");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(GeminiHttp.text(denied)).isEqualTo("Not enough privileges to download this content");
        GeminiHttp owner = new GeminiHttp();
        owner.post("/login/", "username=" + GeminiArchiveIT.OWNER + "&password=" + GeminiArchiveIT.OWNER_PASSWORD);
        assertThat(owner.get("/file/N20251201S0100.fits").statusCode()).isEqualTo(200);
    }

    @Test
    void downloadTarHasTheFilesMd5sumsAndAReadme() throws Exception {
        HttpResponse<byte[]> r = new GeminiHttp().get("/download/canonical/GN-2010B-Q-22/GMOS-N/20101231");
        assertThat(r.headers().firstValue("Content-Type")).contains("application/tar");
        assertThat(r.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"gemini_data.GN-2010B-Q-22_GMOS-N_20101231.tar\"");
        Map<String, byte[]> members = untar(r.body());
        assertThat(members.keySet())
                .containsExactly(
                        "N20101231S0338.fits.bz2",
                        "N20101231S0339.fits.bz2",
                        "N20101231S0340.fits.bz2",
                        "N20101231S0341.fits.bz2",
                        "N20101231S0342.fits.bz2",
                        "N20101231S0343.fits.bz2",
                        "md5sums.txt",
                        "README.txt");
        for (String line : new String(members.get("md5sums.txt"), StandardCharsets.US_ASCII).split("\n")) {
            String[] parts = line.split("  ", 2);
            assertThat(md5(members.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        String readme = new String(members.get("README.txt"), StandardCharsets.US_ASCII);
        assertThat(readme)
                .startsWith("This is a tar file of search results downloaded from the gemini archive.\n\n"
                        + "The search criteria was: /canonical/date=20101231/GMOS-N/present/GN-2010B-Q-22\n")
                .contains("The search was performed by archive user: Not Logged In\n")
                .doesNotContain("not included");
    }

    @Test
    void downloadReadmeListsDeniedFiles() throws Exception {
        HttpResponse<byte[]> r =
                new GeminiHttp().post("/download/", "files=N20101231S0338.fits.bz2&files=N20251201S0100.fits.bz2");
        Map<String, byte[]> members = untar(r.body());
        assertThat(members.keySet()).containsExactly("N20101231S0338.fits.bz2", "md5sums.txt", "README.txt");
        assertThat(new String(members.get("README.txt"), StandardCharsets.US_ASCII))
                .endsWith("The following files in your search results were not included,\n"
                        + "because they are proprietary data that you do not have access to:\n"
                        + "N20251201S0100.fits.bz2");
        HttpResponse<byte[]> none = new GeminiHttp().get("/download/GN-2099B-Q-1");
        assertThat(GeminiHttp.text(none)).startsWith("No files to download.");
    }

    private static Map<String, byte[]> untar(byte[] tar) throws IOException {
        return ArchiveMembers.tar(tar, e -> assertThat(e.getUserName()).isEqualTo("gemini"));
    }

    static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    record JsonMd5(String fileMd5, String dataMd5) {
        static JsonMd5 of(GeminiHttp http, String name) throws Exception {
            var f = http.json("/jsonfilelist/canonical/filename=" + name).get(0);
            return new JsonMd5(f.get("file_md5").asText(), f.get("data_md5").asText());
        }
    }
}
