// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestTest {

    @Test
    void bzip2FilesHaveFileAndDataSums(@TempDir Path dir) throws Exception {
        byte[] data = "SIMPLE  =                    T".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        Path file = dir.resolve("N20101231S0338.fits.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(file))) {
            out.write(data);
        }
        FileDigest d = FileDigest.of(file);
        assertThat(d.compression()).isEqualTo("bzip2");
        assertThat(d.dataSize()).isEqualTo(data.length);
        assertThat(d.dataMd5()).isEqualTo(md5(data));
        assertThat(d.fileSize()).isEqualTo(Files.size(file));
        assertThat(d.fileMd5()).isEqualTo(md5(Files.readAllBytes(file)));
    }

    @Test
    void plainFilesHaveEqualSums(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.fits");
        Files.writeString(file, "abc");
        FileDigest d = FileDigest.of(file);
        assertThat(d.compression()).isNull();
        assertThat(d.fileMd5()).isEqualTo(d.dataMd5()).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
    }

    @Test
    void datasetNamesDropTransportCompressionOnly() {
        assertThat(FileDigest.datasetName("N20101231S0338.fits.bz2")).isEqualTo("N20101231S0338.fits");
        assertThat(FileDigest.datasetName("a.fits.gz")).isEqualTo("a.fits");
        assertThat(FileDigest.datasetName("ogg2m001-fs02-20160202-0133-e91.fits.fz"))
                .isEqualTo("ogg2m001-fs02-20160202-0133-e91.fits.fz");
    }

    private static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }
}
