// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import nom.tam.fits.Fits;
import nom.tam.fits.ImageHDU;
import nom.tam.util.FitsOutputStream;
import org.meridian.dialect.lco.archive.thumbnails.AutoScale;
import org.meridian.dialect.lco.archive.thumbnails.FitsUnpacking;
import org.meridian.dialect.lco.archive.thumbnails.JpegRenderer;

/**
 * Timing main, not a test: the stages of an uncached thumbnail of a 4096 x 4096 float frame (read,
 * range, scale, resize + JPEG) in-process, without HTTP or the database. Args: [size=4096] [runs=5].
 */
public final class ThumbnailBench {

    private ThumbnailBench() {}

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 4096;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Files.createTempFile("thumb-bench", ".fits");
        try {
            float[][] pixels = new float[size][size];
            Random r = new Random(1);
            for (float[] row : pixels) {
                for (int x = 0; x < row.length; x++) {
                    row[x] = 100 + (float) r.nextGaussian() * 10;
                }
            }
            try (Fits fits = new Fits();
                    FitsOutputStream out = new FitsOutputStream(Files.newOutputStream(file))) {
                fits.addHDU((ImageHDU) Fits.makeHDU(pixels));
                fits.write(out);
            }
            for (int run = 0; run < runs; run++) {
                long t0 = System.nanoTime();
                FitsUnpacking.Image image;
                try (InputStream in = Files.newInputStream(file)) {
                    image = FitsUnpacking.firstImage(in);
                }
                long t1 = System.nanoTime();
                AutoScale.Range range = AutoScale.range(image.pixels());
                long t2 = System.nanoTime();
                byte[] grey = AutoScale.scale(image.pixels(), image.width(), image.height(), range);
                long t3 = System.nanoTime();
                byte[] jpeg = JpegRenderer.render(List.of(grey), image.width(), image.height(), 200, 200, "label", 80);
                long t4 = System.nanoTime();
                System.out.printf(
                        "%dx%d: read %.0f ms, range %.1f ms, scale %.0f ms, resize+jpeg %.0f ms, total %.0f ms (%d B)"
                                + " load %s%n",
                        size,
                        size,
                        (t1 - t0) / 1e6,
                        (t2 - t1) / 1e6,
                        (t3 - t2) / 1e6,
                        (t4 - t3) / 1e6,
                        (t4 - t0) / 1e6,
                        jpeg.length,
                        Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
