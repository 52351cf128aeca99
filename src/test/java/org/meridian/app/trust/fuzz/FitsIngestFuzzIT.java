// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.ingest.IngestListener;
import org.meridian.ingest.IngestReport;
import org.meridian.ingest.IngestService;
import org.meridian.store.Database;
import org.meridian.store.LocalFileStore;
import org.meridian.testing.TestDatabases;
import org.meridian.testing.TestFits;

/**
 * Corrupted, truncated and hostile FITS files through the real ingest (docs/operations.md,
 * "Fuzzing"): each ends as ingested or as a failure with a reason, in bounded time and memory, never
 * as an exception out of the service or a half-written row.
 */
class FitsIngestFuzzIT {

    @TempDir
    static Path dir;

    private static Database db;
    private static IngestService ingest;
    private static final AtomicInteger NEXT = new AtomicInteger();

    @BeforeAll
    static void archive() throws Exception {
        db = TestDatabases.fresh();
        ingest = new IngestService(db, new LocalFileStore(dir.resolve("store")), 1);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void corruptedAndTruncatedFiles() throws Exception {
        byte[] valid = validFits();
        byte[] gzip = gzip(valid);
        byte[] bzip2 = bzip2(valid);
        Fuzzer.run(
                "FITS ingest",
                150,
                r -> switch (r.nextInt(4)) {
                    case 0 -> new Input(".fits", headerMutation(r, valid));
                    case 1 -> new Input(".fits", Mutations.mutate(r, valid));
                    case 2 -> new Input(".fits.gz", Mutations.mutate(r, gzip));
                    default -> new Input(".fits.bz2", Mutations.mutate(r, bzip2));
                },
                in -> in.suffix() + " "
                        + new String(in.bytes(), 0, Math.min(in.bytes().length, 400), StandardCharsets.ISO_8859_1),
                FitsIngestFuzzIT::ingestsOrFails);
    }

    /** Header cards that promise more than the file holds, or nonsense, and compression bombs. */
    @Test
    void hostileHeadersAndBombs() throws Exception {
        byte[] valid = validFits();
        List<Input> hostile = List.of(
                new Input(".fits", card(valid, "NAXIS1", "2147483647")),
                new Input(".fits", card(card(valid, "NAXIS1", "2147483647"), "NAXIS2", "2147483647")),
                new Input(".fits", card(valid, "NAXIS", "999")),
                new Input(".fits", card(valid, "NAXIS", "2147483647")), // found by the long run (seed 777)
                new Input(".fits", card(valid, "NAXIS", "-3")),
                new Input(".fits", card(valid, "BITPIX", "7")),
                new Input(".fits", card(valid, "NAXIS1", "-5")),
                new Input(".fits", card(valid, "EXTEND", "'maybe'")),
                new Input(".fits", new byte[0]),
                new Input(".fits", "SIMPLE  =                    T".getBytes(StandardCharsets.US_ASCII)),
                new Input(
                        ".fits",
                        ("SIMPLE  =                    T" + " ".repeat(50))
                                .repeat(36 * 1000)
                                .getBytes()),
                new Input(".fits.gz", gzipZeros(256L << 20)),
                new Input(".fits.bz2", bzip2Zeros(64L << 20)));
        for (Input in : hostile) {
            ingestsOrFails(in);
        }
    }

    private record Input(String suffix, byte[] bytes) {}

    private static void ingestsOrFails(Input in) throws Exception {
        Path file = dir.resolve("in-" + NEXT.incrementAndGet() + in.suffix());
        Files.write(file, in.bytes());
        long started = System.nanoTime();
        IngestReport report = ingest.ingest(List.of(file), IngestListener.SILENT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
        assertThat(report.ingested() + report.unchanged() + report.failed().size())
                .isEqualTo(1);
        report.failed().forEach(f -> assertThat(f.reason()).isNotBlank().doesNotContain("Exception:"));
        assertThat(TestDatabases.number(
                        db,
                        "select count(*) from file f where not exists"
                                + " (select 1 from file_version v where v.file_id = f.id)"))
                .isZero();
        Files.delete(file);
    }

    private static byte[] validFits() throws Exception {
        float[][] pixels = new float[32][32];
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                pixels[y][x] = y * 32 + x;
            }
        }
        ImageHDU hdu = (ImageHDU) Fits.makeHDU(pixels);
        Header h = hdu.getHeader();
        h.addValue("TELESCOP", "Fuzz Telescope", "");
        h.addValue("INSTRUME", "FUZZCAM", "");
        h.addValue("OBJECT", "target", "");
        h.addValue("DATE-OBS", "2024-03-01T01:02:03", "");
        h.addValue("EXPTIME", 5.0, "");
        TestFits.tanWcs(h, 150, 2, 16, 16, 1e-4);
        return Files.readAllBytes(TestFits.write(hdu, Files.createTempDirectory(dir, "valid"), "valid"));
    }

    /** A header card rewritten to {@code value}, or the file unchanged when it has no such card. */
    private static byte[] card(byte[] fits, String keyword, String value) {
        String text = new String(fits, StandardCharsets.ISO_8859_1);
        for (int at = 0; at + 80 <= Math.min(text.length(), 2880 * 4); at += 80) {
            if (text.startsWith(String.format("%-8s=", keyword), at)) {
                String card = String.format("%-8s= %20s", keyword, value);
                card = (card + " ".repeat(80)).substring(0, 80);
                byte[] out = fits.clone();
                System.arraycopy(card.getBytes(StandardCharsets.ISO_8859_1), 0, out, at, 80);
                return out;
            }
        }
        return fits;
    }

    /** A card of the header's first blocks set to garbage or a hostile value. */
    private static byte[] headerMutation(Random r, byte[] fits) {
        List<String> keywords =
                List.of("NAXIS", "NAXIS1", "NAXIS2", "BITPIX", "DATE-OBS", "CRVAL1", "CD1_1", "EXPTIME");
        List<String> values = List.of(
                "2147483647",
                "-1",
                "0",
                "1e400",
                "'2024-13-45T99:99:99'",
                "NaN",
                "'",
                "T",
                "999999999999999999999",
                "'\u00e9'",
                "");
        return card(fits, Mutations.pick(r, keywords), Mutations.pick(r, values));
    }

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] bzip2(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream bz = new BZip2CompressorOutputStream(out)) {
            bz.write(bytes);
        }
        return out.toByteArray();
    }

    /** A "FITS" file that inflates to {@code size} bytes: a valid first card, then zeros. */
    private static byte[] gzipZeros(long size) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            writeBomb(gz, size);
        }
        return out.toByteArray();
    }

    private static byte[] bzip2Zeros(long size) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream bz = new BZip2CompressorOutputStream(out)) {
            writeBomb(bz, size);
        }
        return out.toByteArray();
    }

    private static void writeBomb(OutputStream out, long size) throws Exception {
        out.write(String.format("%-80s", "SIMPLE  =                    T").getBytes(StandardCharsets.US_ASCII));
        byte[] zeros = new byte[1 << 20];
        for (long written = 80; written < size; written += zeros.length) {
            out.write(zeros);
        }
    }
}
