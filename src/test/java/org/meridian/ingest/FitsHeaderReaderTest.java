// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.ImageHDU;
import nom.tam.fits.NullDataHDU;
import nom.tam.fits.header.Compression;
import nom.tam.image.compression.hdu.CompressedImageHDU;
import nom.tam.util.FitsOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitsHeaderReaderTest {

    @TempDir
    Path dir;

    private static Fits twoHduFile() throws FitsException {
        Fits fits = new Fits();
        BasicHDU<?> primary = new NullDataHDU();
        primary.addValue("TELESCOP", "Gemini-North", "telescope");
        primary.addValue("EXPTIME", 30.5, "seconds");
        primary.addValue("COADDS", 3, "");
        primary.addValue("PROP_MD", true, "");
        primary.getHeader().addValue("HIERARCH.ESO.OBS.PROG.ID", "090.A-0001(A)", "programme");
        primary.getHeader().insertHistory("made by a test");
        fits.addHDU(primary);
        float[][] image = new float[20][30];
        image[5][7] = 42f;
        ImageHDU ext = (ImageHDU) Fits.makeHDU(image);
        ext.addValue("EXTNAME", "SCI", "");
        ext.addValue("CRVAL1", 150.25, "");
        fits.addHDU(ext);
        return fits;
    }

    private Path write(Fits fits, String name) throws IOException, FitsException {
        Path file = dir.resolve(name);
        try (OutputStream out = open(file, name);
                FitsOutputStream fout = new FitsOutputStream(out)) {
            fits.write(fout);
        }
        return file;
    }

    private static OutputStream open(Path file, String name) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (name.endsWith(".gz")) {
            return new GZIPOutputStream(out);
        }
        if (name.endsWith(".bz2")) {
            return new BZip2CompressorOutputStream(out);
        }
        return out;
    }

    private static void assertTwoHdus(FitsHeaders h, String name) {
        assertThat(h.filename()).isEqualTo(name);
        assertThat(h.hdus()).hasSize(2);
        FitsHeaders.Hdu phu = h.primary();
        assertThat(phu.card("TELESCOP").orElseThrow().value()).isEqualTo("Gemini-North");
        assertThat(phu.card("EXPTIME").orElseThrow().value()).isEqualTo(30.5);
        assertThat(phu.card("COADDS").orElseThrow().value()).isEqualTo(3L);
        assertThat(phu.card("PROP_MD").orElseThrow().value()).isEqualTo(true);
        assertThat(phu.string("ESO OBS PROG ID")).contains("090.A-0001(A)");
        assertThat(phu.card("HISTORY").orElseThrow().value()).isNull();
        FitsHeaders.Hdu ext = h.firstExtension();
        assertThat(ext.integer("NAXIS1")).contains(30L);
        assertThat(ext.integer("NAXIS2")).contains(20L);
        assertThat(ext.string("EXTNAME")).contains("SCI");
        assertThat(ext.number("CRVAL1")).contains(150.25);
    }

    @Test
    void readsPlainGzipAndBzip2Files() throws Exception {
        for (String name : new String[] {"a.fits", "a.fits.gz", "a.fits.bz2"}) {
            Path file = write(twoHduFile(), name);
            assertTwoHdus(FitsHeaderReader.read(file), name);
        }
    }

    @Test
    void reportsTheUncompressedImageHeaderOfTileCompressedHdus() throws Exception {
        Fits fits = new Fits();
        BasicHDU<?> primary = new NullDataHDU();
        primary.addValue("OBJECT", "M31", "");
        fits.addHDU(primary);
        int[][] image = new int[64][48];
        for (int[] row : image) {
            Arrays.fill(row, 7);
        }
        ImageHDU plain = (ImageHDU) Fits.makeHDU(image);
        plain.addValue("EXTNAME", "SCI", "");
        plain.addValue("CRVAL1", 10.5, "");
        CompressedImageHDU compressed =
                CompressedImageHDU.fromImageHDU(plain, 48, 16).setCompressAlgorithm(Compression.ZCMPTYPE_RICE_1);
        compressed.compress();
        fits.addHDU(compressed);
        Path file = write(fits, "c.fits.fz");

        FitsHeaders h = FitsHeaderReader.read(file);
        assertThat(h.hdus()).hasSize(2);
        FitsHeaders.Hdu ext = h.firstExtension();
        assertThat(ext.integer("NAXIS1")).contains(48L);
        assertThat(ext.integer("NAXIS2")).contains(64L);
        assertThat(ext.integer("BITPIX")).contains(32L);
        assertThat(ext.string("EXTNAME")).contains("SCI");
        assertThat(ext.number("CRVAL1")).contains(10.5);
        assertThat(ext.has("ZIMAGE")).isFalse();
        assertThat(ext.has("TFIELDS")).isFalse();
        assertThat(ext.has("TFORM1")).isFalse();
    }

    @Test
    void rejectsAFileThatIsNotFits() throws Exception {
        Path file = dir.resolve("x.fits");
        Files.writeString(file, "hello, this is not FITS at all");
        assertThatThrownBy(() -> FitsHeaderReader.read(file))
                .isInstanceOf(BadFileException.class)
                .hasMessageStartingWith("not a FITS file");
    }

    @Test
    void rejectsATruncatedFile() throws Exception {
        Path whole = write(twoHduFile(), "t.fits");
        byte[] bytes = Files.readAllBytes(whole);
        Path cutInData = dir.resolve("cut.fits");
        Files.write(cutInData, Arrays.copyOf(bytes, bytes.length - 2000));
        assertThatThrownBy(() -> FitsHeaderReader.read(cutInData))
                .isInstanceOf(BadFileException.class)
                .hasMessageContaining("truncated");
        Path cutInHeader = dir.resolve("cut2.fits");
        Files.write(cutInHeader, Arrays.copyOf(bytes, 300));
        assertThatThrownBy(() -> FitsHeaderReader.read(cutInHeader))
                .isInstanceOf(BadFileException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsBadCompression() throws Exception {
        byte[] gz = Files.readAllBytes(write(twoHduFile(), "g.fits.gz"));
        Path broken = dir.resolve("broken.fits.gz");
        byte[] damaged = Arrays.copyOf(gz, gz.length);
        for (int i = 20; i < 60 && i < damaged.length; i++) {
            damaged[i] = (byte) 0xff;
        }
        Files.write(broken, damaged);
        assertThatThrownBy(() -> FitsHeaderReader.read(broken)).isInstanceOf(BadFileException.class);

        byte[] bz = Files.readAllBytes(write(twoHduFile(), "b.fits.bz2"));
        Path brokenBz = dir.resolve("broken.fits.bz2");
        Files.write(brokenBz, Arrays.copyOf(bz, bz.length / 2));
        assertThatThrownBy(() -> FitsHeaderReader.read(brokenBz)).isInstanceOf(BadFileException.class);
    }

    @Test
    void missingFileIsABadFile() {
        assertThatThrownBy(() -> FitsHeaderReader.read(dir.resolve("none.fits")))
                .isInstanceOf(BadFileException.class)
                .hasMessageContaining("no such file");
    }
}
