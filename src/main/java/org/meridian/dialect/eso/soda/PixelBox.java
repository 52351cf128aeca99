// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

/**
 * A rectangle of whole pixels, 1-based and inclusive as FITS counts them: the part of an image a
 * cutout keeps.
 */
public record PixelBox(long x1, long x2, long y1, long y2) {

    public PixelBox {
        if (x1 < 1 || y1 < 1 || x2 < x1 || y2 < y1) {
            throw new IllegalArgumentException("empty pixel box " + x1 + ".." + x2 + " x " + y1 + ".." + y2);
        }
    }

    public static PixelBox whole(long width, long height) {
        return new PixelBox(1, width, 1, height);
    }

    public long width() {
        return x2 - x1 + 1;
    }

    public long height() {
        return y2 - y1 + 1;
    }
}
