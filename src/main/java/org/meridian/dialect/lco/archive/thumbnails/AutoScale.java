// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive.thumbnails;

import java.util.Arrays;

/**
 * The thumbnail service's greyscale scaling (fits2image {@code auto_scale}, docs/lco-archive.md "Thumbnails"): a sparse
 * sorted sample, zmin at its median, zmax from a zscale-style line fit, linear stretch to 0..255, a
 * gamma 2.5 lookup table, and a vertical flip (FITS row 1 is the bottom of the picture).
 */
public final class AutoScale {

    static final double CONTRAST = 0.1;
    static final double GAMMA = 2.5;
    static final int SAMPLES = 2000;
    private static final int[] LUT = gammaTable();

    private AutoScale() {}

    /** The display range chosen for an image. */
    public record Range(double zmin, double zmax) {}

    /** Steps 2–6: the sample every {@code stride}th pixel, its median and the fitted zmax. */
    public static Range range(float[] pixels) {
        int stride = Math.max(1, pixels.length / SAMPLES);
        int n = (pixels.length - 1) / stride; // indices stride, 2*stride, ... below length
        double[] samples = new double[Math.max(n, 1)];
        if (n == 0) {
            samples[0] = pixels[0];
            n = 1;
        } else {
            for (int i = 0; i < n; i++) {
                samples[i] = pixels[(i + 1) * stride];
            }
        }
        Arrays.sort(samples);
        double median = median(samples);
        // least-squares line through (i, samples[i]), i = 0..n-1
        double meanX = (n - 1) / 2.0;
        double meanY = 0;
        for (double s : samples) {
            meanY += s;
        }
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - meanX) * (samples[i] - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double intercept = meanY - slope * meanX;
        slope /= CONTRAST;
        double zmax = Math.min(samples[n - 1], intercept + slope * n / 2.0);
        double zmin = median;
        if (zmax == zmin) {
            zmin -= 1;
            zmax += 1;
        }
        return new Range(zmin, zmax);
    }

    /** Steps 7–9: 8-bit grey values, gamma-corrected, top row first. */
    public static byte[] scale(float[] pixels, int width, int height, Range range) {
        double s = 255.0 / (range.zmax() - range.zmin());
        double offset = s * range.zmin();
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            int src = y * width;
            int dst = (height - 1 - y) * width;
            for (int x = 0; x < width; x++) {
                double v = Math.min(Math.max(pixels[src + x], range.zmin()), range.zmax());
                int level = (int) Math.rint(v * s - offset);
                out[dst + x] = (byte) LUT[Math.min(255, Math.max(0, level))];
            }
        }
        return out;
    }

    /**
     * The {@code median=true} variant: the 8-bit image minus its median (clipped at 0), stretched so
     * that the given percentile maps to 255. Grey levels take 256 values, so the median and the
     * percentile come from a histogram, exactly as from the sorted values, without sorting 16 M of them.
     */
    public static byte[] medianStretch(byte[] grey, double percentile) {
        long[] cumulative = new long[256];
        for (byte v : grey) {
            cumulative[v & 0xff]++;
        }
        for (int i = 1; i < 256; i++) {
            cumulative[i] += cumulative[i - 1];
        }
        int n = grey.length;
        double median =
                n % 2 == 1 ? nth(cumulative, n / 2) : (nth(cumulative, n / 2 - 1) + nth(cumulative, n / 2)) / 2.0;
        // v -> max(0, v - median) keeps the order, so the k-th shifted value is the k-th value, shifted
        double rank = percentile / 100.0 * (n - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(n - 1, lo + 1);
        double loValue = Math.max(0, nth(cumulative, lo) - median);
        double hiValue = Math.max(0, nth(cumulative, hi) - median);
        double top = loValue + (rank - lo) * (hiValue - loValue);
        byte[] table = new byte[256];
        for (int v = 0; v < 256; v++) {
            double shifted = Math.max(0, v - median);
            double stretched = top > 0 ? shifted * 255.0 / top : shifted;
            table[v] = (byte) (int) Math.min(255, stretched);
        }
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = table[grey[i] & 0xff];
        }
        return out;
    }

    /** The k-th smallest (from 0) grey level, given cumulative counts per level. */
    private static int nth(long[] cumulative, long k) {
        int level = 0;
        while (cumulative[level] <= k) {
            level++;
        }
        return level;
    }

    static int[] gammaTable() {
        int[] lut = new int[256];
        for (int i = 0; i < 256; i++) {
            lut[i] = (int) (256 * Math.pow(i / 256.0, 1 / GAMMA));
        }
        return lut;
    }

    /** numpy's median of sorted values. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** numpy's percentile (linear interpolation) of sorted values; p in 0..100. */
    static double percentile(double[] sorted, double p) {
        double rank = p / 100.0 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }
}
