// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

import java.util.Arrays;
import java.util.Optional;
import org.meridian.dialect.eso.fits.HeaderCards;
import org.meridian.dialect.eso.fits.ImageAxes;
import org.meridian.dialect.eso.fits.SpectralAxis;

/**
 * What a cutout does with one HDU: copy it whole (headers, tables, images the cut cannot apply to),
 * leave it out (an image the region misses), or keep a pixel sub-array (per axis, 1-based inclusive
 * bounds). Images without their own WCS but of the same shape as the image cut before them (ESO's
 * error, quality and weight extensions) are cut alike.
 */
public sealed interface HduPlan {

    record Copy() implements HduPlan {}

    record Drop() implements HduPlan {}

    record Slice(long[] naxis, long[] lo, long[] hi) implements HduPlan {
        public long length(int axis) {
            return hi[axis] - lo[axis] + 1;
        }
    }

    /**
     * The plan for an HDU.
     *
     * @param previous the slice of the last image cut before it in the same file, if any
     */
    static HduPlan of(HeaderCards cards, Cut cut, Optional<Slice> previous) {
        Optional<ImageAxes> image = ImageAxes.of(cards);
        if (cut.whole() || image.isEmpty()) {
            return new Copy();
        }
        ImageAxes axes = image.get();
        long[] naxis = axes.naxis();
        long[] lo = new long[naxis.length];
        long[] hi = naxis.clone();
        Arrays.fill(lo, 1);
        boolean cutSomething = false;
        if (cut.region().isPresent()) {
            if (axes.celestial().isPresent()) {
                Optional<PixelBox> box = SkyFootprints.pixels(
                        cut.region().get(), axes.celestial().get(), axes.width(), axes.height());
                if (box.isEmpty()) {
                    return new Drop();
                }
                lo[0] = box.get().x1();
                hi[0] = box.get().x2();
                lo[1] = box.get().y1();
                hi[1] = box.get().y2();
                cutSomething = true;
            } else if (previous.isPresent() && sameShape(previous.get().naxis(), naxis, 2)) {
                System.arraycopy(previous.get().lo(), 0, lo, 0, 2);
                System.arraycopy(previous.get().hi(), 0, hi, 0, 2);
                cutSomething = true;
            }
        }
        if (cut.band().isPresent()) {
            Optional<SpectralAxis> spectral = axes.spectral();
            if (spectral.isPresent()) {
                int k = spectral.get().axis() - 1;
                long[] range = pixels(spectral.get(), cut.band().get(), naxis[k]);
                if (range == null) {
                    return new Drop();
                }
                lo[k] = range[0];
                hi[k] = range[1];
                cutSomething = true;
            } else if (previous.isPresent()
                    && naxis.length >= 3
                    && sameShape(previous.get().naxis(), naxis, 3)) {
                lo[2] = previous.get().lo()[2];
                hi[2] = previous.get().hi()[2];
                cutSomething = true;
            }
        }
        return cutSomething ? new Slice(naxis, lo, hi) : new Copy();
    }

    private static boolean sameShape(long[] a, long[] b, int axes) {
        if (a.length < axes || b.length < axes) {
            return false;
        }
        for (int i = 0; i < axes; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** The pixels of the axis whose wavelengths meet the band, or null when none do. */
    private static long[] pixels(SpectralAxis axis, double[] band, long n) {
        double a = axis.pixel(Math.max(band[0], -Double.MAX_VALUE));
        double b = axis.pixel(Math.min(band[1], Double.MAX_VALUE));
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        if (!(high >= 0.5) || !(low <= n + 0.5)) {
            return null;
        }
        long first = Math.max(1, Math.round(Math.floor(Math.max(low, 0) + 0.5)));
        long last = Math.min(n, Math.round(Math.ceil(Math.min(high, n + 1) - 0.5)));
        return first > last ? null : new long[] {first, last};
    }
}
