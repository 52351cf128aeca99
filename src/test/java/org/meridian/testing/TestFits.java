// SPDX-License-Identifier: Apache-2.0
package org.meridian.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCardException;
import nom.tam.fits.ImageHDU;
import nom.tam.util.FitsOutputStream;

/** The pieces the tests that write LCO-like FITS frames share: a plain TAN WCS and writing one HDU to a file. */
public final class TestFits {

    private TestFits() {}

    /**
     * An image HDU of {@code pixels} with the cards every LCO frame's basename
     * ({@code ogg2m001-fs02-20160202-...}) implies: origin, site, telescope, instrument and DAY-OBS.
     */
    public static ImageHDU lcoImage(float[][] pixels, String basename) throws FitsException {
        ImageHDU hdu = (ImageHDU) Fits.makeHDU(pixels);
        Header h = hdu.getHeader();
        h.addValue("ORIGIN", "LCOGT", "");
        lcoCamera(h, basename);
        h.addValue("DAY-OBS", basename.split("-")[2], "");
        return hdu;
    }

    /** The site, telescope and instrument cards an LCO basename ({@code ogg2m001-fs02-20160202-...}) spells out. */
    public static void lcoCamera(Header h, String basename) throws HeaderCardException {
        String[] parts = basename.split("-");
        h.addValue("SITEID", parts[0].substring(0, 3), "");
        h.addValue("TELID", parts[0].substring(3, 7), "");
        h.addValue("INSTRUME", parts[1], "");
    }

    /**
     * A gnomonic WCS with its reference pixel at ({@code crpix1}, {@code crpix2}) on (ra, dec), north up and
     * east left, {@code scale} degrees a pixel.
     */
    public static void tanWcs(Header h, double ra, double dec, double crpix1, double crpix2, double scale)
            throws HeaderCardException {
        h.addValue("CTYPE1", "RA---TAN", "");
        h.addValue("CTYPE2", "DEC--TAN", "");
        h.addValue("CRVAL1", ra, "");
        h.addValue("CRVAL2", dec, "");
        h.addValue("CRPIX1", crpix1, "");
        h.addValue("CRPIX2", crpix2, "");
        h.addValue("CD1_1", -scale, "");
        h.addValue("CD1_2", 0.0, "");
        h.addValue("CD2_1", 0.0, "");
        h.addValue("CD2_2", scale, "");
    }

    /** Writes the HDU alone as {@code dir/basename.fits} and returns that path. */
    public static Path write(BasicHDU<?> hdu, Path dir, String basename) throws FitsException, IOException {
        return write(List.of(hdu), dir, basename);
    }

    /** Writes the HDUs, primary first, as {@code dir/basename.fits} and returns that path. */
    public static Path write(List<BasicHDU<?>> hdus, Path dir, String basename) throws FitsException, IOException {
        Fits fits = new Fits();
        for (BasicHDU<?> hdu : hdus) {
            fits.addHDU(hdu);
        }
        Path file = dir.resolve(basename + ".fits");
        try (FitsOutputStream out = new FitsOutputStream(Files.newOutputStream(file))) {
            fits.write(out);
        }
        return file;
    }
}
