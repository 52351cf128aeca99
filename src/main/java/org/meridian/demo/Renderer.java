// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.util.SplittableRandom;

/** Renders a {@link Scene} into counts with photon and read noise. Images are {@code [row][column]}. */
final class Renderer {

    static final double READ_NOISE = 5.0;
    private static final double SATURATION = 32000;

    private Renderer() {}

    static float[][] render(Scene scene, int nx, int ny, SplittableRandom rnd) {
        float[][] img = new float[ny][nx];
        switch (scene) {
            case Scene.Bias b -> {}
            case Scene.Dark d -> {
                fill(img, (x, y) -> 0.02 * d.exposure());
                for (int i = 0; i < nx * ny / 2000; i++) {
                    img[rnd.nextInt(ny)][rnd.nextInt(nx)] += (float) (200 + rnd.nextDouble(5000));
                }
            }
            case Scene.Flat f ->
                fill(img, (x, y) -> {
                    double dx = (x - nx / 2.0) / nx;
                    double dy = (y - ny / 2.0) / ny;
                    return f.level() * (1 - 0.6 * (dx * dx + dy * dy)) * (1 + 0.02 * Math.sin(x * 0.31 + y * 0.17));
                });
            case Scene.Arc a -> {
                double[] lines = lines(rnd, nx, 25);
                fill(img, (x, y) -> lineFlux(lines, x, a.level(), 1.4));
            }
            case Scene.Spectrum s -> {
                double[] lines = lines(rnd, nx, 12);
                fill(img, (x, y) -> {
                    double dy = y - s.traceRow();
                    double trace = s.continuum()
                            * (0.6 + 0.4 * Math.sin(x / (double) nx * Math.PI))
                            * Math.exp(-dy * dy / 4.5);
                    return s.sky() + lineFlux(lines, x, s.sky() * 8, 1.6) + trace;
                });
            }
            case Scene.StarField f -> {
                fill(img, (x, y) -> f.sky());
                addStars(img, f);
            }
        }
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                double signal = img[y][x];
                double noisy =
                        signal + Math.sqrt(Math.max(signal, 0)) * rnd.nextGaussian() + READ_NOISE * rnd.nextGaussian();
                img[y][x] = (float) Math.min(SATURATION, scene.bias() + noisy);
            }
        }
        return img;
    }

    /** Gaussian PSFs at each star's WCS pixel position; FITS pixel (1,1) is {@code img[0][0]}. */
    private static void addStars(float[][] img, Scene.StarField f) {
        int ny = img.length;
        int nx = img[0].length;
        double sigma = f.fwhmPixels() / 2.3548;
        int box = (int) Math.ceil(5 * sigma);
        for (Star s : f.stars()) {
            double[] p = f.wcs().skyToPixel(s.ra(), s.dec());
            double cx = p[0] - 1;
            double cy = p[1] - 1;
            if (!(cx > -box && cx < nx + box && cy > -box && cy < ny + box)) {
                continue;
            }
            double total = f.exposure() * Math.pow(10, -0.4 * (s.gMag() - f.zeroPoint()));
            double norm = total / (2 * Math.PI * sigma * sigma);
            for (int y = Math.max(0, (int) cy - box); y <= Math.min(ny - 1, (int) cy + box); y++) {
                for (int x = Math.max(0, (int) cx - box); x <= Math.min(nx - 1, (int) cx + box); x++) {
                    double r2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
                    img[y][x] += (float) (norm * Math.exp(-r2 / (2 * sigma * sigma)));
                }
            }
        }
    }

    private static double[] lines(SplittableRandom rnd, int nx, int count) {
        double[] lines = new double[count];
        for (int i = 0; i < count; i++) {
            lines[i] = rnd.nextDouble(nx);
        }
        return lines;
    }

    private static double lineFlux(double[] lines, int x, double peak, double width) {
        double v = 0;
        for (int i = 0; i < lines.length; i++) {
            double d = (x - lines[i]) / width;
            v += peak * (0.2 + 0.8 * ((i * 7919) % 13) / 12.0) * Math.exp(-d * d / 2);
        }
        return v;
    }

    private interface Pixel {
        double value(int x, int y);
    }

    private static void fill(float[][] img, Pixel f) {
        for (int y = 0; y < img.length; y++) {
            for (int x = 0; x < img[y].length; x++) {
                img[y][x] += (float) f.value(x, y);
            }
        }
    }

    static short[][] toShort(float[][] img) {
        short[][] out = new short[img.length][img[0].length];
        for (int y = 0; y < img.length; y++) {
            for (int x = 0; x < img[y].length; x++) {
                out[y][x] = (short) Math.max(0, Math.min(Short.MAX_VALUE, Math.round(img[y][x])));
            }
        }
        return out;
    }
}
