// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.testing.XmlAttacks;

/**
 * The upload reader ({@link UploadLoader#check}, which reads a spooled table exactly as a query
 * would) refuses every XML attack with a 400 and never names the server's temp files.
 */
class UploadLoaderTest {

    private final UploadLoader loader = new UploadLoader(10_000_000, 1_000);

    @Test
    void everyXmlAttackIsABadRequestWithoutTheSecret() throws Exception {
        try (XmlAttacks attacks = new XmlAttacks()) {
            List<String> accepted = new ArrayList<>();
            for (Map.Entry<String, String> attack : attacks.documents().entrySet()) {
                TapException e = refusal(attack.getValue().getBytes(StandardCharsets.UTF_8));
                if (e == null) {
                    accepted.add(attack.getKey());
                    continue;
                }
                assertThat(e.status()).as(attack.getKey()).isEqualTo(400);
                assertThat(e.getMessage()).as(attack.getKey()).doesNotContain(attacks.secret());
            }
            assertThat(accepted).isEmpty();
            assertThat(attacks.hits()).isZero();
        }
    }

    @Test
    void errorsNameTheTableNotTheTempFile() throws Exception {
        String header = card("SIMPLE  =                    T") + card("END");
        byte[] fitsHeaderOnly = (header + " ".repeat(2880 - header.length())).getBytes(StandardCharsets.US_ASCII);
        List<byte[]> broken = List.of(
                fitsHeaderOnly,
                "a,b\n1,2,3\n\"x".getBytes(StandardCharsets.UTF_8),
                "<VOTABLE><RESOURCE><TABLE>".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        String temp = Path.of(System.getProperty("java.io.tmpdir")).toString();
        for (byte[] bytes : broken) {
            TapException e = refusal(bytes);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("t1").doesNotContain(temp, "tap-upload-", "file:");
        }
    }

    @Test
    void votablesStillReadPlainAndCompressed() throws Exception {
        byte[] plain = XmlAttacks.plain("x").getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(plain)).isNull();
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(plain);
        }
        assertThat(refusal(gz.toByteArray())).isNull();
        byte[] bom = ("\uFEFF" + XmlAttacks.plain("x")).getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(bom)).isNull();
    }

    private static String card(String text) {
        return text + " ".repeat(80 - text.length());
    }

    /** The refusal {@link UploadLoader#check} answers for these bytes, or null when it reads them. */
    private TapException refusal(byte[] bytes) throws IOException {
        Path file = null;
        try {
            file = loader.spool(new Upload("t1", () -> new ByteArrayInputStream(bytes)));
            Path spooled = file;
            return catchThrowableOfType(TapException.class, () -> loader.check(spooled, "t1"));
        } catch (TapException e) {
            return e;
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }
}
