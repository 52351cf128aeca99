// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive.thumbnails;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import nom.tam.image.compression.hdu.CompressedImageHDU;
import nom.tam.util.ArrayFuncs;
import nom.tam.util.FitsOutputStream;

/**
 * Reading stored frames whatever their packing: bzip2 or gzip around the file (commons-compress, the
 * JDK), fpack tile compression inside it (nom-tam-fits), to plain FITS or to pixels.
 */
public final class FitsUnpacking {

    private FitsUnpacking() {}

    /** A 2-D image: row-major pixels ({@code pixels[y * width + x]}, FITS row 1 first) and its header. */
    public record Image(int width, int height, float[] pixels, Header header) {}

    /**
     * The first HDU with non-empty 2-D data (docs/lco-archive.md, thumbnail step 1), tiles decompressed and BSCALE/BZERO applied.
     *
     * @param data the file's data, e.g. from {@code ArchiveFiles.openData}
     */
    public static Image firstImage(InputStream data) throws IOException {
        try (Fits fits = new Fits(data)) {
            for (BasicHDU<?> hdu = fits.readHDU(); hdu != null; hdu = fits.readHDU()) {
                ImageHDU image = plain(hdu);
                if (image == null) {
                    continue;
                }
                int[] axes = image.getAxes();
                if (axes == null || axes.length != 2 || axes[0] == 0 || axes[1] == 0) {
                    continue;
                }
                return toImage(image, axes[1], axes[0]);
            }
        } catch (FitsException e) {
            throw new IOException("not a readable FITS image: " + e.getMessage(), e);
        }
        throw new IOException("the file holds no 2-D image");
    }

    /** Writes the file as plain FITS (tile-compressed HDUs expanded) without closing {@code out}. */
    public static void writePlainFits(InputStream data, OutputStream out) throws IOException {
        try (Fits in = new Fits(data);
                Fits plain = new Fits()) {
            for (BasicHDU<?> hdu = in.readHDU(); hdu != null; hdu = in.readHDU()) {
                ImageHDU image = plain(hdu);
                plain.addHDU(image != null ? image : hdu);
            }
            FitsOutputStream fo = new FitsOutputStream(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush(); // the zip entry stays open for the caller
                }
            });
            plain.write(fo);
            fo.flush();
        } catch (FitsException e) {
            throw new IOException("cannot unpack FITS: " + e.getMessage(), e);
        }
    }

    private static ImageHDU plain(BasicHDU<?> hdu) throws FitsException {
        if (hdu instanceof CompressedImageHDU compressed) {
            return compressed.asImageHDU();
        }
        return hdu instanceof ImageHDU image ? image : null;
    }

    private static Image toImage(ImageHDU hdu, int width, int height) throws FitsException {
        Object kernel = hdu.getKernel();
        float[] flat = kernel instanceof float[][] rows ? flatten(rows, width, height) : converted(kernel);
        Header h = hdu.getHeader();
        boolean integer = !(kernel instanceof float[][] || kernel instanceof double[][]);
        double scale = h.getDoubleValue("BSCALE", 1.0);
        double zero = h.getDoubleValue("BZERO", 0.0);
        if (integer && (scale != 1.0 || zero != 0.0)) {
            for (int i = 0; i < flat.length; i++) {
                flat[i] = (float) (zero + scale * flat[i]);
            }
        }
        return new Image(width, height, flat, h);
    }

    /** Float rows copied once into one array (convert-then-flatten copied the 64 MB of a 4k frame twice). */
    private static float[] flatten(float[][] rows, int width, int height) {
        float[] flat = new float[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(rows[y], 0, flat, y * width, width);
        }
        return flat;
    }

    private static float[] converted(Object kernel) {
        return (float[]) ArrayFuncs.flatten(ArrayFuncs.convertArray(kernel, float.class));
    }
}
