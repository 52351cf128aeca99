// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.dialect.eso.EsoFixture.SPECTRUM;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SSAP 1.1 queryData at /ssa over real ingested ESO products: cone, band, time, formats, errors. */
class SsaIT extends WithEsoArchive {

    private static String ssa(String query) throws Exception {
        HttpResponse<byte[]> r = eso.get("/ssa?REQUEST=queryData&" + query, null);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(r.statusCode()).as(body).isEqualTo(200);
        assertThat(body).contains("QUERY_STATUS\" value=\"OK");
        return body;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void coneBandAndTimeFindTheSpectrumOnly() throws Exception {
        String pos = "POS=" + enc(EsoFixture.RA + "," + EsoFixture.DEC) + "&SIZE=0.2";
        String hit = ssa(pos);
        assertThat(hit).contains("<TD>" + SPECTRUM + "</TD>").doesNotContain(EsoFixture.PRODUCT);
        assertThat(hit)
                .contains("utype=\"ssa:Access.Reference\"", "utype=\"ssa:Target.Pos\"", "utype=\"ssa:DataID.Title\"");
        assertThat(hit).contains(eso.base() + "/dataportal_new/file/" + SPECTRUM);
        // Streamed through vo.output (STIL): SSAP's own INFO, and every column typed with its unit.
        assertThat(hit).contains("<INFO name=\"SERVICE_PROTOCOL\" value=\"1.1\">SSAP</INFO>");
        assertThat(hit).containsPattern("<FIELD(?=[^>]*name=\"position\")(?=[^>]*arraysize=\"2\")");
        assertThat(hit).containsPattern("<FIELD(?=[^>]*name=\"size\")(?=[^>]*datatype=\"long\")");
        assertThat(hit).containsPattern("<FIELD(?=[^>]*name=\"wavelength_min\")(?=[^>]*unit=\"m\")");
        assertThat(hit.split("utype=\"ssa:", -1)).hasSize(16);
        assertThat(ssa(pos + "&BAND=" + enc("5e-7/6e-7"))).contains(SPECTRUM);
        assertThat(ssa(pos + "&BAND=" + enc("7e-7/"))).doesNotContain(SPECTRUM);
        assertThat(ssa(pos + "&TIME=" + enc("2019-03-01/2019-03-05"))).contains(SPECTRUM);
        assertThat(ssa(pos + "&TIME=" + enc("2020-01-01/"))).doesNotContain(SPECTRUM);
        assertThat(ssa("POS=" + enc("10,10") + "&SIZE=0.2")).doesNotContain(SPECTRUM);
        assertThat(ssa("FORMAT=metadata")).contains("<FIELD").doesNotContain("<TR>");
        // The access reference downloads the spectrum itself (getData).
        HttpResponse<byte[]> file = eso.get("/dataportal_new/file/" + SPECTRUM, null);
        assertThat(file.body()).isEqualTo(Files.readAllBytes(eso.original(SPECTRUM)));
    }

    @Test
    void hostileParametersAreDaliErrors() throws Exception {
        for (String query : List.of(
                "POS=1,2",
                "REQUEST=getData",
                "REQUEST=queryData&POS=abc",
                "REQUEST=queryData&POS=1,2,3",
                "REQUEST=queryData&POS=400,0",
                "REQUEST=queryData&POS=1,2;GALACTIC",
                "REQUEST=queryData&POS=1,2&SIZE=-1",
                "REQUEST=queryData&POS=1,2&SIZE=NaN",
                "REQUEST=queryData&SIZE=1",
                "REQUEST=queryData&BAND=x/y",
                "REQUEST=queryData&BAND=" + enc("2/1"),
                "REQUEST=queryData&BAND=1",
                "REQUEST=queryData&TIME=yesterday",
                "REQUEST=queryData&TIME=" + enc("2020-01-02/2020-01-01"),
                "REQUEST=queryData&FORMAT=text/html",
                "REQUEST=queryData&MAXREC=-1",
                "REQUEST=queryData&MAXREC=99999999999999999999")) {
            HttpResponse<byte[]> r = eso.get("/ssa?" + query, null);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertThat(r.statusCode()).as(query + " " + body).isEqualTo(400);
            assertThat(body).as(query).contains("QUERY_STATUS").contains("ERROR");
        }
        assertThat(eso.get("/ssa?REQUEST=queryData&POS=1%002", null).statusCode())
                .isEqualTo(400);
    }

    @Test
    void maxrecCutsAndSaysOverflow() throws Exception {
        HttpResponse<byte[]> r = eso.get("/ssa?REQUEST=queryData&MAXREC=0", null);
        assertThat(new String(r.body(), StandardCharsets.UTF_8))
                .contains("OVERFLOW")
                .doesNotContain("<TR>");
    }
}
