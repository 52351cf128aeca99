// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive.thumbnails;

import java.util.Arrays;

/**
 * Shrinks an 8-bit channel by area averaging: each output pixel is the mean of the source pixels it
 * covers, partly covered ones weighted by the covered fraction (what AWT's
 * {@code SCALE_AREA_AVERAGING} computes). Done in one pass over the source with integer weights, it
 * costs a few tens of milliseconds for 16 M pixels where building a full-size {@code BufferedImage}
 * and filtering it through AWT took a quarter of a second.
 */
public final class AreaAverage {

    private AreaAverage() {}

    /**
     * @param src width × height values, row-major
     * @return outWidth × outHeight values, each rounded to the nearest integer
     */
    public static byte[] shrink(byte[] src, int width, int height, int outWidth, int outHeight) {
        if (outWidth > width || outHeight > height || outWidth < 1 || outHeight < 1) {
            throw new IllegalArgumentException(
                    "cannot shrink " + width + "x" + height + " to " + outWidth + "x" + outHeight);
        }
        Axis xs = new Axis(width, outWidth);
        Axis ys = new Axis(height, outHeight);
        long[] row = new long[outWidth + 1];
        long[] acc = new long[(outHeight + 1) * (outWidth + 1)];
        int stride = outWidth + 1;
        for (int y = 0; y < height; y++) {
            Arrays.fill(row, 0);
            int base = y * width;
            for (int x = 0; x < width; x++) {
                int v = src[base + x] & 0xff;
                int bin = xs.bin[x];
                row[bin] += (long) v * xs.first[x];
                row[bin + 1] += (long) v * (xs.unit - xs.first[x]);
            }
            int top = ys.bin[y] * stride;
            long w0 = ys.first[y];
            long w1 = ys.unit - w0;
            for (int b = 0; b < outWidth; b++) {
                acc[top + b] += row[b] * w0;
                if (w1 != 0) {
                    acc[top + stride + b] += row[b] * w1;
                }
            }
        }
        // every output pixel's weights sum to width * height (the source's extent in these units)
        long total = (long) width * height;
        byte[] out = new byte[outWidth * outHeight];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                out[y * outWidth + x] = (byte) ((acc[y * stride + x] * 2 + total) / (2 * total));
            }
        }
        return out;
    }

    /**
     * One axis of n source pixels onto m output pixels, in units where a source pixel is m long and an
     * output pixel n long: source pixel i lies in output pixel {@code bin[i]} with length
     * {@code first[i]} and in the next one with the rest of its length {@code unit}.
     */
    private static final class Axis {
        final int unit;
        final int[] bin;
        final int[] first;

        Axis(int n, int m) {
            unit = m;
            bin = new int[n];
            first = new int[n];
            for (int i = 0; i < n; i++) {
                long start = (long) i * m;
                int b = (int) (start / n);
                long boundary = (long) (b + 1) * n;
                bin[i] = b;
                first[i] = (int) Math.min(m, boundary - start);
            }
        }
    }
}
