// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive.thumbnails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The fast thumbnail path against the reference one it replaced: shrinking the 8-bit channels by
 * {@link AreaAverage} instead of drawing a full-size image through AWT's area-averaging filter, and
 * the histogram median stretch instead of sorting every pixel. Within one grey level, on synthetic
 * star fields shaped like small demo frames.
 */
class ThumbnailFastPathTest {

    @Test
    void areaAverageMatchesAwtWithinOneGreyLevel() {
        int[][] cases = {{256, 256, 200, 200}, {300, 200, 200, 133}, {517, 389, 97, 73}, {64, 48, 64, 1}, {90, 90, 7, 7}
        };
        for (int[] c : cases) {
            byte[] grey = scaledStarField(c[0], c[1], c[0] * 31 + c[1]);
            byte[] fast = AreaAverage.shrink(grey, c[0], c[1], c[2], c[3]);
            byte[] reference = awtAreaAverage(grey, c[0], c[1], c[2], c[3]);
            assertThat(maxDifference(fast, reference))
                    .as("%dx%d -> %dx%d", c[0], c[1], c[2], c[3])
                    .isLessThanOrEqualTo(1);
        }
    }

    @Test
    void areaAverageOfAConstantIsTheConstantAndHalvingAveragesPairs() {
        byte[] flat = new byte[30 * 20];
        Arrays.fill(flat, (byte) 200);
        assertThat(AreaAverage.shrink(flat, 30, 20, 7, 3)).containsOnly((byte) 200);
        byte[] stripes = {0, 10, 20, 40, 0, 10, 20, 40};
        assertThat(AreaAverage.shrink(stripes, 4, 2, 2, 1)).containsExactly((byte) 5, (byte) 30);
        assertThatThrownBy(() -> AreaAverage.shrink(flat, 30, 20, 31, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void histogramMedianStretchEqualsTheSortingOne() {
        for (int seed = 0; seed < 5; seed++) {
            byte[] grey = scaledStarField(257 + seed, 190, seed);
            for (double p : new double[] {50, 99.5, 100}) {
                assertThat(AutoScale.medianStretch(grey, p)).containsExactly(sortingMedianStretch(grey, p));
            }
        }
    }

    @Test
    void renderedThumbnailMatchesTheReferencePipeline() throws Exception {
        int w = 400;
        int h = 300;
        byte[] grey = scaledStarField(w, h, 7);
        byte[] jpeg = JpegRenderer.render(List.of(grey), w, h, 200, 200, "", 100);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(decoded.getWidth()).isEqualTo(200);
        assertThat(decoded.getHeight()).isEqualTo(150);
        byte[] reference = awtAreaAverage(grey, w, h, 200, 150);
        long far = 0;
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 200; x++) {
                int got = decoded.getRGB(x, y) & 0xff;
                if (Math.abs(got - (reference[y * 200 + x] & 0xff)) > 3) {
                    far++;
                }
            }
        }
        // JPEG at quality 100 adds its own small error; the picture is the same one
        assertThat(far).isLessThan(200 * 150 / 100);
    }

    /** A synthetic frame for the auto_scale of docs/lco-archive.md: sky noise, a gradient and a few hundred stars. */
    private static byte[] scaledStarField(int w, int h, long seed) {
        Random r = new Random(seed);
        float[] pixels = new float[w * h];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 1000 + (i % w) * 0.5f + (float) r.nextGaussian() * 20;
        }
        for (int s = 0; s < w * h / 400; s++) {
            int cx = r.nextInt(w);
            int cy = r.nextInt(h);
            double flux = 500 + 20_000 * r.nextDouble();
            for (int y = Math.max(0, cy - 4); y < Math.min(h, cy + 5); y++) {
                for (int x = Math.max(0, cx - 4); x < Math.min(w, cx + 5); x++) {
                    pixels[y * w + x] += (float) (flux * Math.exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / 3.0));
                }
            }
        }
        return AutoScale.scale(pixels, w, h, AutoScale.range(pixels));
    }

    /** The reference: a full-size RGB image drawn through AWT's area-averaging scale filter. */
    private static byte[] awtAreaAverage(byte[] grey, int w, int h, int ow, int oh) {
        BufferedImage full = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < grey.length; i++) {
            int v = grey[i] & 0xff;
            full.setRGB(i % w, i / w, v << 16 | v << 8 | v);
        }
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(full.getScaledInstance(ow, oh, Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        byte[] result = new byte[ow * oh];
        for (int i = 0; i < result.length; i++) {
            result[i] = (byte) (out.getRGB(i % ow, i / ow) & 0xff);
        }
        return result;
    }

    /** The reference median stretch: numpy's median and percentile over all values, sorted. */
    private static byte[] sortingMedianStretch(byte[] grey, double percentile) {
        double[] values = new double[grey.length];
        for (int i = 0; i < grey.length; i++) {
            values[i] = grey[i] & 0xff;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = AutoScale.median(sorted);
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.max(0, values[i] - median);
        }
        double[] shifted = values.clone();
        Arrays.sort(shifted);
        double top = AutoScale.percentile(shifted, percentile);
        byte[] out = new byte[grey.length];
        for (int i = 0; i < values.length; i++) {
            double v = top > 0 ? values[i] * 255.0 / top : values[i];
            out[i] = (byte) (int) Math.min(255, v);
        }
        return out;
    }

    private static int maxDifference(byte[] a, byte[] b) {
        assertThat(a).hasSameSizeAs(b);
        int max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs((a[i] & 0xff) - (b[i] & 0xff)));
        }
        return max;
    }
}
