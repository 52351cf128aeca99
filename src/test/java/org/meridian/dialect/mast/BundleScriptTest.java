// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundleScriptTest {

    private static final String NAME = BundleScript.bundleName(Instant.parse("2023-01-20T16:46:12Z"));

    /** One file's script for {@code user}, served from {@code http://h}. */
    private static String render(String user, BundleScript.Entry entry) {
        return BundleScript.render(NAME, "http://h", user, List.of(entry));
    }

    @Test
    void namesTheBundleByMinute() {
        assertThat(NAME).isEqualTo("MAST_2023-01-20T1646");
    }

    @Test
    void writesManifestAndOneCurlBlockPerDownloadableFile() {
        String script = BundleScript.render(
                NAME,
                "https://mast.example",
                "anonymous",
                List.of(
                        new BundleScript.Entry(
                                "mast:HST/product/o4g801090_flt.fits",
                                "HST/o4g801090/o4g801090_flt.fits",
                                "PUBLIC",
                                "OK"),
                        new BundleScript.Entry(
                                "mast:JWST/product/secret.fits",
                                "JWST/secret.fits",
                                "EXCLUSIVE_ACCESS",
                                "ACCESS DENIED")));
        assertThat(script)
                .startsWith("#!/bin/bash\n#\n# Requires bash version >= 4\n# \n")
                .endsWith("exit 0\n");
        assertThat(script).contains("FOLDER=MAST_2023-01-20T1646\n").contains("<h3>Total Files: 2</h3>");
        assertThat(script)
                .contains(
                        "            \n            <tr>\n                <td>mast:HST/product/o4g801090_flt.fits</td>\n"
                                + "                <td>HST/o4g801090/o4g801090_flt.fits</td>\n                <td>PUBLIC</td>\n"
                                + "                <td>OK</td>\n                <td>anonymous</td>\n            </tr>\n");
        assertThat(script)
                .contains("curl --globoff --location-trusted -f --progress-bar --create-dirs $CONT --output"
                        + " ./${DOWNLOAD_FOLDER}'/HST/o4g801090/o4g801090_flt.fits'"
                        + " 'https://mast.example/api/v0.1/Download/file?bundle_name=MAST_2023-01-20T1646.sh"
                        + "&uri=mast:HST/product/o4g801090_flt.fits'");
        assertThat(script).containsOnlyOnce("curl --globoff").contains("ACCESS DENIED");
    }

    @Test
    void exclusiveFilesReadTheTokenFromTheEnvironment() {
        String script = render(
                "jwst_user",
                new BundleScript.Entry("mast:JWST/product/a.fits", "JWST/a/a.fits", "EXCLUSIVE_ACCESS", "OK"));
        assertThat(script).contains("--header \"Authorization: token ${MAST_API_TOKEN}\"");
    }

    @Test
    void nothingFromTheRequestExpandsInTheScript() {
        String script = render(
                "anonymous",
                new BundleScript.Entry("mast:X/product/$(rm -rf ~)`id`", "X/$(rm)", "UNKNOWN", "NOT FOUND"));
        assertThat(script).contains("\\$(rm -rf ~)\\`id\\`").doesNotContain("curl --globoff");
    }

    @Test
    void parsesMastUris() {
        assertThat(MastUri.parse("mast:JWST/product/x_i2d.fits")).isEqualTo(new MastUri("JWST", "x_i2d.fits"));
        assertThatThrownBy(() -> MastUri.parse("mast:JWST/product/../etc")).isInstanceOf(MastException.class);
        assertThatThrownBy(() -> MastUri.parse("http://x")).isInstanceOf(MastException.class);
        assertThatThrownBy(() -> MastUri.parse(null)).isInstanceOf(MastException.class);
    }
}
