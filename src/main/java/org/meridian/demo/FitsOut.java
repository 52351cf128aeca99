// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.ImageHDU;
import nom.tam.fits.NullDataHDU;
import nom.tam.fits.header.Compression;
import nom.tam.image.compression.hdu.CompressedImageHDU;
import nom.tam.util.FitsOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/** Builds HDUs from ordered card maps and writes FITS files plain, bzip2-compressed or tile-compressed. */
final class FitsOut {

    /** How a file is stored, which also fixes its name's ending. */
    enum Storage {
        PLAIN(".fits"),
        BZIP2(".fits.bz2"),
        RICE(".fits.fz");

        final String suffix;

        Storage(String suffix) {
            this.suffix = suffix;
        }
    }

    private FitsOut() {}

    /** A header-only primary HDU. */
    static BasicHDU<?> primary(Map<String, Object> cards) {
        NullDataHDU hdu = new NullDataHDU();
        addCards(hdu.getHeader(), cards);
        return hdu;
    }

    /** An image HDU: {@code data} is a 2-D or 3-D Java array of short or float. */
    static ImageHDU image(Object data, Map<String, Object> cards) throws FitsException {
        ImageHDU hdu = (ImageHDU) Fits.makeHDU(data);
        addCards(hdu.getHeader(), cards);
        return hdu;
    }

    /**
     * Adds cards in map order. Values are String, Boolean, Integer/Long or Double; a {@link Comment}
     * value carries a comment. Keys with spaces become ESO-style HIERARCH cards.
     */
    static void addCards(Header header, Map<String, Object> cards) {
        cards.forEach((key, value) -> {
            try {
                header.addLine(card(key, value));
            } catch (FitsException e) {
                throw new IllegalArgumentException("bad FITS card " + key + " = " + value + ": " + e.getMessage(), e);
            }
        });
    }

    /** A value with the comment to print after it. */
    record Comment(Object value, String comment) {}

    private static HeaderCard card(String key, Object value) throws FitsException {
        String comment = null;
        if (value instanceof Comment c) {
            value = c.value();
            comment = c.comment();
        }
        String k = key.contains(" ") ? key.replace(' ', '.') : key;
        return switch (value) {
            case String s -> new HeaderCard(k, s, comment);
            case Boolean b -> new HeaderCard(k, b, comment);
            case Integer i -> new HeaderCard(k, i, comment);
            case Long l -> new HeaderCard(k, l, comment);
            case Double d -> new HeaderCard(k, d, comment);
            case Float f -> new HeaderCard(k, (double) f, comment);
            default -> throw new IllegalArgumentException("unsupported FITS value type for " + key + ": " + value);
        };
    }

    /** Writes the HDUs to {@code dir/basename + storage.suffix}; returns the path written. */
    static Path write(Path dir, String basename, Storage storage, List<BasicHDU<?>> hdus) throws IOException {
        Path file = dir.resolve(basename + storage.suffix);
        Files.createDirectories(dir);
        try {
            Fits fits = new Fits();
            for (BasicHDU<?> hdu : hdus) {
                fits.addHDU(
                        storage == Storage.RICE && hdu instanceof ImageHDU img && !(hdu instanceof NullDataHDU)
                                ? rice(img)
                                : hdu);
            }
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                    OutputStream body = storage == Storage.BZIP2 ? new BZip2CompressorOutputStream(raw, 9) : raw;
                    FitsOutputStream out = new FitsOutputStream(body)) {
                fits.write(out);
            }
        } catch (FitsException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** fpack-style RICE compression, one tile per image row, lossless for integer data. */
    private static CompressedImageHDU rice(ImageHDU image) throws FitsException {
        int[] axes = image.getAxes();
        CompressedImageHDU hdu = CompressedImageHDU.fromImageHDU(image, axes[axes.length - 1], 1);
        hdu.setCompressAlgorithm(Compression.ZCMPTYPE_RICE_1);
        hdu.compress();
        return hdu;
    }
}
