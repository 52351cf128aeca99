// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

/**
 * HEALPix in the NESTED numbering scheme (Górski et al. 2005, ApJ 622, 759), orders 0..29.
 *
 * <p>A pixel number at order {@code k} is {@code face << 2k | interleave(ix, iy)}, where {@code face}
 * is one of the 12 base pixels and {@code (ix, iy)} the pixel's position inside that face, with
 * {@code ix} on the even bits. Because of that layout, the pixels of order {@code k+1} inside a pixel
 * {@code p} of order {@code k} are exactly {@code 4p .. 4p+3}, which is what makes range queries on a
 * fine-order index work.
 */
public final class Healpix {

    /** The finest order whose pixel numbers (12 · 4^29) still fit in a signed long. */
    public static final int MAX_ORDER = 29;

    private static final double TWO_THIRDS = 2.0 / 3.0;

    /** Ring index, in units of nside, of the southernmost corner of each base pixel (paper, fig. 4). */
    private static final int[] FACE_RING = {2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4};

    /** Longitude index, in units of pi/4, of the centre of each base pixel. */
    private static final int[] FACE_PHI = {1, 3, 5, 7, 0, 2, 4, 6, 1, 3, 5, 7};

    private Healpix() {}

    /** The number of pixels along a side of a base pixel: {@code 2^order}. */
    public static long nside(int order) {
        checkOrder(order);
        return 1L << order;
    }

    /** The number of pixels covering the sphere at this order: {@code 12 · 4^order}. */
    public static long pixelCount(int order) {
        checkOrder(order);
        return 12L << (2 * order);
    }

    /** The area of every pixel at this order, in steradians (all HEALPix pixels are equal-area). */
    public static double pixelArea(int order) {
        return 4 * Math.PI / pixelCount(order);
    }

    /**
     * The nested pixel containing a position.
     *
     * @param raDeg right ascension in degrees, any value (wrapped into [0, 360))
     * @param decDeg declination in degrees, in [-90, 90]
     */
    public static long ang2pix(int order, double raDeg, double decDeg) {
        checkOrder(order);
        if (!Double.isFinite(raDeg) || !(decDeg >= -90 && decDeg <= 90)) {
            throw new IllegalArgumentException(
                    "position out of range: ra=" + raDeg + " dec=" + decDeg + " (need finite ra, -90 <= dec <= 90)");
        }
        long nside = 1L << order;
        double tt = Angles.wrap360(raDeg) / 90.0; // in [0, 4)
        if (tt >= 4) {
            tt = 0; // ra a hair below 360 can round up to exactly 4 after division
        }
        double decRad = Math.toRadians(decDeg);
        double z = Math.sin(decRad);
        double za = Math.abs(z);
        long ix;
        long iy;
        int face;
        if (za <= TWO_THIRDS) {
            double ascending = nside * (0.5 + tt);
            double descending = nside * (0.75 * z);
            long jp = (long) (ascending - descending); // index of the ascending edge line
            long jm = (long) (ascending + descending); // index of the descending edge line
            long ifp = jp >> order;
            long ifm = jm >> order;
            if (ifp == ifm) {
                face = (int) (ifp | 4); // ifp == 4 is ra just below 360: face 4 again
            } else if (ifp < ifm) {
                face = (int) ifp;
            } else {
                face = (int) ifm + 8;
            }
            ix = jm & (nside - 1);
            iy = nside - (jp & (nside - 1)) - 1;
        } else {
            int ntt = Math.min(3, (int) tt);
            double tp = tt - ntt;
            // sqrt(3 (1 - |z|)) written with cos(dec) so that it keeps full precision near the poles
            double cosDec = decDeg == 90 || decDeg == -90 ? 0 : Math.cos(decRad);
            double tmp = nside * cosDec * Math.sqrt(3.0 / (1.0 + za));
            long jp = Math.min(nside - 1, (long) (tp * tmp));
            long jm = Math.min(nside - 1, (long) ((1.0 - tp) * tmp));
            if (z >= 0) {
                face = ntt;
                ix = nside - jm - 1;
                iy = nside - jp - 1;
            } else {
                face = ntt + 8;
                ix = jp;
                iy = jm;
            }
        }
        return ((long) face << (2 * order)) | interleave(ix, iy);
    }

    /** The centre of a nested pixel as {ra, dec} in degrees, ra in [0, 360). */
    public static double[] pix2ang(int order, long pixel) {
        checkPixel(order, pixel);
        long nside = 1L << order;
        int face = (int) (pixel >>> (2 * order));
        long inFace = pixel & ((1L << (2 * order)) - 1);
        long ix = deinterleave(inFace);
        long iy = deinterleave(inFace >>> 1);

        long ring = FACE_RING[face] * nside - ix - iy - 1; // 1 .. 4 nside - 1, north to south
        long ringPixels; // pixels per quarter of this ring
        double dec;
        long shift;
        if (ring < nside) {
            ringPixels = ring;
            dec = polarDec(ring, nside);
            shift = 0;
        } else if (ring > 3 * nside) {
            ringPixels = 4 * nside - ring;
            dec = -polarDec(ringPixels, nside);
            shift = 0;
        } else {
            ringPixels = nside;
            double z = (2 * nside - ring) * 2.0 / (3.0 * nside);
            dec = Math.toDegrees(Math.asin(z));
            shift = (ring - nside) & 1;
        }
        long jp = (FACE_PHI[face] * ringPixels + ix - iy + 1 + shift) / 2;
        if (jp > 4 * ringPixels) {
            jp -= 4 * ringPixels;
        } else if (jp < 1) {
            jp += 4 * ringPixels;
        }
        double ra = (jp - (shift + 1) * 0.5) * (90.0 / ringPixels);
        return new double[] {Angles.wrap360(ra), dec};
    }

    /** The pixel at a coarser order that contains {@code pixel}. */
    public static long parent(int order, long pixel, int coarserOrder) {
        checkPixel(order, pixel);
        if (coarserOrder < 0 || coarserOrder > order) {
            throw new IllegalArgumentException("coarser order " + coarserOrder + " is not in 0.." + order);
        }
        return pixel >>> (2 * (order - coarserOrder));
    }

    static void checkOrder(int order) {
        if (order < 0 || order > MAX_ORDER) {
            throw new IllegalArgumentException("HEALPix order " + order + " is not in 0.." + MAX_ORDER);
        }
    }

    static void checkPixel(int order, long pixel) {
        if (pixel < 0 || pixel >= pixelCount(order)) {
            throw new IllegalArgumentException(
                    "pixel " + pixel + " is not in 0.." + (pixelCount(order) - 1) + " at order " + order);
        }
    }

    /**
     * Declination of a polar ring {@code ring} (1 .. nside-1 counted from the pole). There
     * {@code 1 - z = ring² / (3 nside²)}; going through that small quantity instead of z itself keeps
     * precision near the pole, where asin(z) would lose most digits.
     */
    private static double polarDec(long ring, long nside) {
        double r = (double) ring / nside;
        double oneMinusZ = r * r / 3.0;
        double z = 1.0 - oneMinusZ;
        double cosDec = Math.sqrt(oneMinusZ * (1.0 + z));
        return Math.toDegrees(Math.atan2(z, cosDec));
    }

    /** Spreads the low 32 bits of x onto the even bits of a long. */
    static long interleave(long x, long y) {
        return spread(x) | (spread(y) << 1);
    }

    private static long spread(long v) {
        v &= 0xFFFFFFFFL;
        v = (v | (v << 16)) & 0x0000FFFF0000FFFFL;
        v = (v | (v << 8)) & 0x00FF00FF00FF00FFL;
        v = (v | (v << 4)) & 0x0F0F0F0F0F0F0F0FL;
        v = (v | (v << 2)) & 0x3333333333333333L;
        v = (v | (v << 1)) & 0x5555555555555555L;
        return v;
    }

    /** Gathers the even bits of v into a compact number (the inverse of spread). */
    static long deinterleave(long v) {
        v &= 0x5555555555555555L;
        v = (v | (v >>> 1)) & 0x3333333333333333L;
        v = (v | (v >>> 2)) & 0x0F0F0F0F0F0F0F0FL;
        v = (v | (v >>> 4)) & 0x00FF00FF00FF00FFL;
        v = (v | (v >>> 8)) & 0x0000FFFF0000FFFFL;
        v = (v | (v >>> 16)) & 0x00000000FFFFFFFFL;
        return v;
    }
}
