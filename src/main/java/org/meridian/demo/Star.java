// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

/**
 * One synthetic source. Its Gaia-style id carries its level-12 nested HEALPix pixel in bits 35 and
 * up, as real Gaia source ids do.
 *
 * @param ra right ascension at the catalog epoch, degrees
 * @param gMag Gaia G magnitude
 * @param bpRp colour; BP and RP magnitudes follow from it
 * @param parallax mas
 * @param pmra mas/yr, including cos(dec)
 * @param pmdec mas/yr
 * @param variable true for sources given epoch photometry
 */
public record Star(
        long sourceId,
        double ra,
        double dec,
        double gMag,
        double bpRp,
        double parallax,
        double pmra,
        double pmdec,
        boolean variable) {

    public static final int ID_HEALPIX_ORDER = 12;
    public static final int ID_SHIFT = 35;

    public long healpix12() {
        return sourceId >> ID_SHIFT;
    }

    public double bpMag() {
        return gMag + 0.35 * bpRp;
    }

    public double rpMag() {
        return bpMag() - bpRp;
    }
}
