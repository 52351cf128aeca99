// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import nom.tam.fits.Fits;
import nom.tam.fits.ImageHDU;
import nom.tam.util.FitsOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes and checksums of stored files and their data, read in the same pass as the headers. */
class FileScanTest {

    @Test
    void bzip2FilesHaveFileAndDataSums(@TempDir Path dir) throws Exception {
        byte[] data = fitsBytes();
        Path file = dir.resolve("N20101231S0338.fits.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(file))) {
            out.write(data);
        }
        FileScan scan = FileScan.of(file);
        FileDigest d = scan.digest();
        assertThat(d.compression()).isEqualTo("bzip2");
        assertThat(d.dataSize()).isEqualTo(data.length);
        assertThat(d.dataMd5()).isEqualTo(md5(data));
        assertThat(d.fileSize()).isEqualTo(Files.size(file));
        assertThat(d.fileMd5()).isEqualTo(md5(Files.readAllBytes(file)));
        assertThat(scan.headers().primary().string("OBJECT")).contains("L5c02");
    }

    @Test
    void plainFilesHaveEqualSums(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.fits");
        Files.write(file, fitsBytes());
        FileDigest d = FileScan.of(file).digest();
        assertThat(d.compression()).isNull();
        assertThat(d.fileMd5()).isEqualTo(d.dataMd5()).isEqualTo(md5(Files.readAllBytes(file)));
        assertThat(d.dataSize()).isEqualTo(Files.size(file));
    }

    @Test
    void corruptCompressionIsABadFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.fits.bz2");
        Files.writeString(file, "BZh9 this is not bzip2");
        assertThatThrownBy(() -> FileScan.of(file)).isInstanceOfAny(BadFileException.class, java.io.IOException.class);
    }

    @Test
    void datasetNamesDropTransportCompressionOnly() {
        assertThat(FileDigest.datasetName("N20101231S0338.fits.bz2")).isEqualTo("N20101231S0338.fits");
        assertThat(FileDigest.datasetName("a.fits.gz")).isEqualTo("a.fits");
        assertThat(FileDigest.datasetName("ogg2m001-fs02-20160202-0133-e91.fits.fz"))
                .isEqualTo("ogg2m001-fs02-20160202-0133-e91.fits.fz");
    }

    private static byte[] fitsBytes() throws Exception {
        ImageHDU hdu = (ImageHDU) Fits.makeHDU(new short[16][16]);
        hdu.addValue("OBJECT", "L5c02", "");
        Fits fits = new Fits();
        fits.addHDU(hdu);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FitsOutputStream out = new FitsOutputStream(bytes)) {
            fits.write(out);
        }
        return bytes.toByteArray();
    }

    private static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }
}
