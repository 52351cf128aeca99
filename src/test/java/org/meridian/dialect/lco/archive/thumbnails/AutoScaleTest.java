// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive.thumbnails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AutoScaleTest {

    @Test
    void gammaTableMatchesTheService() {
        int[] lut = AutoScale.gammaTable();
        assertThat(lut[0]).isZero();
        assertThat(lut[1]).isEqualTo((int) (256 * Math.pow(1 / 256.0, 0.4))); // 27
        assertThat(lut[1]).isEqualTo(27);
        assertThat(lut[128]).isEqualTo(194);
        assertThat(lut[255]).isEqualTo(255);
    }

    @Test
    void zminIsTheSampleMedianAndZmaxComesFromTheLineFit() {
        // a ramp 0..9999: stride 5, samples 5, 10, ..., 9995 (1999 values), exactly linear
        float[] ramp = new float[10_000];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = i;
        }
        AutoScale.Range r = AutoScale.range(ramp);
        assertThat(r.zmin()).isEqualTo(5000.0); // median of 5..9995 step 5
        // slope 5 per sample, intercept 5; slope/0.1 = 50; 5 + 50 * 1999 / 2 > max, so zmax = max sample
        assertThat(r.zmax()).isEqualTo(9995.0);
    }

    @Test
    void flatImagesGetAUnitRange() {
        AutoScale.Range r = AutoScale.range(new float[64 * 64]);
        assertThat(r.zmin()).isEqualTo(-1);
        assertThat(r.zmax()).isEqualTo(1);
    }

    @Test
    void scalingClipsStretchesAndFlips() {
        // 2 columns x 2 rows; FITS row 1 (bottom) = {0, 10}, row 2 (top) = {5, 20}
        float[] pixels = {0, 10, 5, 20};
        byte[] out = AutoScale.scale(pixels, 2, 2, new AutoScale.Range(0, 10));
        int[] lut = AutoScale.gammaTable();
        assertThat(out[0] & 0xff).as("top-left is FITS (1,2)").isEqualTo(lut[128]); // 5 -> rint(127.5) = 128
        assertThat(out[1] & 0xff).isEqualTo(255); // 20 clipped to 10
        assertThat(out[2] & 0xff).isEqualTo(0);
        assertThat(out[3] & 0xff).isEqualTo(255);
    }

    @Test
    void medianStretchSubtractsTheMedianAndScalesThePercentile() {
        byte[] grey = {10, 10, 10, 20, 30};
        byte[] out = AutoScale.medianStretch(grey, 100);
        assertThat(out[0] & 0xff).isZero();
        assertThat(out[4] & 0xff).isEqualTo(255);
        assertThat(out[3] & 0xff).isEqualTo(127); // 10 * 255 / 20, truncated
        assertThat(AutoScale.percentile(new double[] {1, 2, 3, 4}, 50)).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void thumbnailsKeepTheAspectAndNeverEnlarge() {
        assertThat(JpegRenderer.fit(4096, 2048, 200, 200)).containsExactly(200, 100);
        assertThat(JpegRenderer.fit(100, 50, 200, 200)).containsExactly(100, 50);
    }

    @Test
    void rendersAJpeg() throws Exception {
        byte[] grey = new byte[64 * 32];
        byte[] jpeg = JpegRenderer.render(List.of(grey), 64, 32, 32, 32, "M31", 80);
        assertThat(jpeg[0] & 0xff).isEqualTo(0xFF);
        assertThat(jpeg[1] & 0xff).isEqualTo(0xD8);
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
        assertThat(image.getWidth()).isEqualTo(32);
        assertThat(image.getHeight()).isEqualTo(16);
    }
}
