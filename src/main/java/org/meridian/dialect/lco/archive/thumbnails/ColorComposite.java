// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive.thumbnails;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nom.tam.fits.Header;
import org.meridian.sky.Wcs;

/**
 * An RVB colour picture from three frames of one request (docs/lco-archive.md). The green (V) and blue (B) frames are
 * resampled onto the red frame's pixel grid through their WCS (the archive matches stars; frames
 * of one request share a pointing, so the WCS maps are as good and need no stars), each channel is
 * scaled on its own, and the three are stacked. Without usable WCS the frames are centre-cropped to
 * the smallest one, unaligned.
 */
public final class ColorComposite {

    private ColorComposite() {}

    /** The composite's channels (red, green, blue), each width × height, top row first. */
    public record Channels(int width, int height, List<byte[]> rgb) {}

    public static Channels of(FitsUnpacking.Image red, FitsUnpacking.Image green, FitsUnpacking.Image blue) {
        Optional<Wcs> ref = wcs(red.header());
        Optional<Wcs> g = wcs(green.header());
        Optional<Wcs> b = wcs(blue.header());
        if (ref.isPresent() && g.isPresent() && b.isPresent()) {
            List<byte[]> channels = new ArrayList<>();
            channels.add(scaled(red));
            channels.add(aligned(red, ref.get(), green, g.get()));
            channels.add(aligned(red, ref.get(), blue, b.get()));
            return new Channels(red.width(), red.height(), channels);
        }
        int w = Math.min(red.width(), Math.min(green.width(), blue.width()));
        int h = Math.min(red.height(), Math.min(green.height(), blue.height()));
        List<byte[]> channels = new ArrayList<>();
        for (FitsUnpacking.Image image : List.of(red, green, blue)) {
            channels.add(scaled(crop(image, w, h)));
        }
        return new Channels(w, h, channels);
    }

    private static byte[] scaled(FitsUnpacking.Image image) {
        return AutoScale.scale(image.pixels(), image.width(), image.height(), AutoScale.range(image.pixels()));
    }

    /**
     * The other frame's pixels on the reference grid (nearest neighbour), scaled with the other frame's
     * own range. The pixel→pixel map is affine across a frame to well under a pixel for TAN frames of
     * one pointing, so it is fitted from three WCS evaluations instead of one per pixel.
     */
    static byte[] aligned(FitsUnpacking.Image ref, Wcs refWcs, FitsUnpacking.Image other, Wcs otherWcs) {
        int w = ref.width();
        int h = ref.height();
        double[] p0 = map(refWcs, otherWcs, 1, 1);
        double[] px = map(refWcs, otherWcs, w, 1);
        double[] py = map(refWcs, otherWcs, 1, h);
        double sx = w > 1 ? 1.0 / (w - 1) : 0;
        double sy = h > 1 ? 1.0 / (h - 1) : 0;
        double dudx = (px[0] - p0[0]) * sx;
        double dvdx = (px[1] - p0[1]) * sx;
        double dudy = (py[0] - p0[0]) * sy;
        double dvdy = (py[1] - p0[1]) * sy;
        AutoScale.Range range = AutoScale.range(other.pixels());
        float fill = (float) range.zmin();
        float[] resampled = new float[w * h];
        for (int y = 0; y < h; y++) {
            double u = p0[0] + y * dudy;
            double v = p0[1] + y * dvdy;
            for (int x = 0; x < w; x++) {
                int ui = (int) Math.round(u + x * dudx) - 1;
                int vi = (int) Math.round(v + x * dvdx) - 1;
                resampled[y * w + x] = ui >= 0 && vi >= 0 && ui < other.width() && vi < other.height()
                        ? other.pixels()[vi * other.width() + ui]
                        : fill;
            }
        }
        return AutoScale.scale(resampled, w, h, range);
    }

    private static double[] map(Wcs from, Wcs to, double x, double y) {
        double[] sky = from.pixelToSky(x, y);
        return to.skyToPixel(sky[0], sky[1]);
    }

    static FitsUnpacking.Image crop(FitsUnpacking.Image image, int w, int h) {
        if (image.width() == w && image.height() == h) {
            return image;
        }
        int x0 = (image.width() - w) / 2;
        int y0 = (image.height() - h) / 2;
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(image.pixels(), (y + y0) * image.width() + x0, out, y * w, w);
        }
        return new FitsUnpacking.Image(w, h, out, image.header());
    }

    static Optional<Wcs> wcs(Header h) {
        try {
            return Optional.of(Wcs.fromHeader(
                    h.getStringValue("CTYPE1"),
                    h.getStringValue("CTYPE2"),
                    key -> h.containsKey(key) ? Optional.of(h.getDoubleValue(key)) : Optional.empty()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
