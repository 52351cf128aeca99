// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.TruncatedFileException;
import nom.tam.image.compression.hdu.CompressedImageHDU;
import nom.tam.util.Cursor;
import nom.tam.util.FitsInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Reads every header of a FITS file, streaming past the data without loading it. Handles plain,
 * gzip, bzip2 and tile-compressed ({@code .fz}) files; for a tile-compressed image HDU it reports
 * the header of the image as it will be once uncompressed, because that is what users search on.
 */
public final class FitsHeaderReader {

    private static final byte[] FITS_MAGIC = "SIMPLE  =".getBytes(StandardCharsets.US_ASCII);
    private static final String HIERARCH_PREFIX = "HIERARCH.";

    private FitsHeaderReader() {}

    public static FitsHeaders read(Path file) throws BadFileException {
        String name = file.getFileName().toString();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            InputStream in = decompressing(raw, name);
            return new FitsHeaders(name, readHdus(new BufferedInputStream(in, 1 << 16), name));
        } catch (NoSuchFileException e) {
            throw new BadFileException("no such file: " + file);
        } catch (ZipException e) {
            throw new BadFileException("bad gzip compression in " + name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadFileException("cannot read " + name + ": " + oneLine(e), e);
        }
    }

    /**
     * Reads the headers from an already decompressed stream positioned at the start of the file;
     * leaves the stream after the last HDU's data (callers may drain it for checksums).
     */
    static FitsHeaders read(InputStream decompressed, String name) throws BadFileException {
        try {
            return new FitsHeaders(name, readHdus(decompressed, name));
        } catch (IOException e) {
            throw new BadFileException("cannot read " + name + ": " + oneLine(e), e);
        }
    }

    /** Chooses the decompressor by the file's magic bytes, so a misnamed file is still read right. */
    static InputStream decompressing(InputStream in, String name) throws IOException, BadFileException {
        in.mark(4);
        byte[] magic = in.readNBytes(3);
        in.reset();
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        if (magic.length == 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h') {
            try {
                return new BZip2CompressorInputStream(in, true);
            } catch (IOException e) {
                throw new BadFileException("bad bzip2 compression in " + name + ": " + oneLine(e), e);
            }
        }
        return in;
    }

    private static List<FitsHeaders.Hdu> readHdus(InputStream in, String name) throws IOException, BadFileException {
        in.mark(FITS_MAGIC.length);
        byte[] start = in.readNBytes(FITS_MAGIC.length);
        in.reset();
        if (!java.util.Arrays.equals(start, FITS_MAGIC)) {
            throw new BadFileException("not a FITS file: " + name + " does not start with SIMPLE");
        }
        List<FitsHeaders.Hdu> hdus = new ArrayList<>();
        FitsInputStream fits = new FitsInputStream(in); // not closed here: the caller owns the stream
        try {
            while (true) {
                String next = peek(fits, 8);
                if (next.isEmpty()) {
                    break; // a clean end of file after the last HDU
                }
                if (!hdus.isEmpty() && !next.equals("XTENSION")) {
                    break; // padding or junk after the last HDU, ignored as other FITS readers do
                }
                Header header;
                try {
                    header = Header.readHeader(fits);
                } catch (EOFException | TruncatedFileException e) {
                    throw new BadFileException(
                            "truncated FITS file: " + name + " ends inside the header of HDU " + hdus.size(), e);
                }
                if (header == null) {
                    break;
                }
                checkAxes(header, name, hdus.size());
                try {
                    hdus.add(CompressedImageHDU.isHeader(header) ? uncompressedImageHdu(header, name) : toHdu(header));
                } catch (RuntimeException e) {
                    // nom-tam-fits meets a card it cannot make sense of (found by fuzzing, docs/operations.md).
                    throw new BadFileException("corrupt FITS header in HDU " + hdus.size() + " of " + name, e);
                }
                try {
                    fits.skipAllBytes(header.getDataSize());
                } catch (EOFException e) {
                    throw new BadFileException(
                            "truncated FITS file: " + name + " ends inside the data of HDU " + (hdus.size() - 1), e);
                }
            }
        } catch (IOException e) {
            if (e.getCause() instanceof BadFileException bad) {
                throw bad;
            }
            throw new BadFileException("corrupt FITS file " + name + ": " + oneLine(e), e);
        } catch (RuntimeException e) {
            throw new BadFileException("corrupt FITS header in HDU " + hdus.size() + " of " + name, e);
        }
        if (hdus.isEmpty()) {
            throw new BadFileException("not a FITS file: " + name + " holds no readable header");
        }
        return hdus;
    }

    /**
     * NAXIS at most 999 and every NAXISn at least 0 (FITS 4.0 section 4.4.1.1): a header that promises
     * more would have nom-tam-fits walk two billion axes (found by fuzzing, docs/operations.md).
     */
    private static void checkAxes(Header header, String name, int hdu) throws BadFileException {
        long naxis = header.getLongValue("NAXIS", 0);
        if (naxis < 0 || naxis > 999) {
            throw new BadFileException("corrupt FITS header in HDU " + hdu + " of " + name + ": NAXIS = " + naxis
                    + " (the standard allows 0 to 999)");
        }
        for (int i = 1; i <= naxis; i++) {
            if (header.getLongValue("NAXIS" + i, 0) < 0) {
                throw new BadFileException(
                        "corrupt FITS header in HDU " + hdu + " of " + name + ": NAXIS" + i + " is negative");
            }
        }
    }

    private static String peek(FitsInputStream fits, int length) throws IOException {
        fits.mark(length);
        byte[] bytes = fits.readNBytes(length);
        fits.reset();
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /**
     * The header of a tile-compressed image as it is once uncompressed. nom-tam restores the image
     * keys but (1.21.2) keeps the table's TFIELDS and drops EXTNAME, so we mend both: EXTNAME names
     * the image for users, unless it is fpack's placeholder {@code COMPRESSED_IMAGE}.
     */
    private static FitsHeaders.Hdu uncompressedImageHdu(Header compressed, String name) throws BadFileException {
        Header image;
        try {
            // manufactureData only describes the table from the header; no tile is read here.
            image = new CompressedImageHDU(compressed, CompressedImageHDU.manufactureData(compressed)).getImageHeader();
        } catch (FitsException e) {
            throw new BadFileException("bad tile-compressed HDU in " + name + ": " + oneLine(e), e);
        }
        List<FitsHeaders.Card> cards = new ArrayList<>(toHdu(image).cards());
        cards.removeIf(c -> c.key().equals("TFIELDS"));
        HeaderCard extname = compressed.findCard("EXTNAME");
        boolean hasName = cards.stream().anyMatch(c -> c.key().equals("EXTNAME"));
        if (extname != null
                && !hasName
                && !"COMPRESSED_IMAGE".equals(extname.getValue().trim())) {
            cards.add(new FitsHeaders.Card("EXTNAME", extname.getValue().trim(), extname.getComment()));
        }
        return new FitsHeaders.Hdu(cards);
    }

    private static FitsHeaders.Hdu toHdu(Header header) {
        List<FitsHeaders.Card> cards = new ArrayList<>(header.getNumberOfCards());
        Cursor<String, HeaderCard> cursor = header.iterator();
        while (cursor.hasNext()) {
            HeaderCard card = cursor.next();
            String key = card.getKey();
            if (key == null || key.equals("END")) {
                continue;
            }
            cards.add(new FitsHeaders.Card(normaliseKey(key), valueOf(card), card.getComment()));
        }
        return new FitsHeaders.Hdu(cards);
    }

    /** nom-tam writes HIERARCH keys dot-separated; we keep them as written, space-separated. */
    static String normaliseKey(String key) {
        String upper = key.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith(HIERARCH_PREFIX)) {
            return upper.substring(HIERARCH_PREFIX.length()).replace('.', ' ');
        }
        return upper;
    }

    private static Object valueOf(HeaderCard card) {
        if (card.isCommentStyleCard() || !card.isKeyValuePair()) {
            return null;
        }
        Class<?> type = card.valueType();
        if (type == null) {
            return null;
        }
        if (type == Boolean.class) {
            return card.getValue(Boolean.class, null);
        }
        if (card.isIntegerType()) {
            BigInteger big = card.getValue(BigInteger.class, null);
            if (big != null && big.bitLength() < 64) {
                return big.longValue();
            }
            return big == null ? null : big.doubleValue();
        }
        if (card.isDecimalType()) {
            BigDecimal dec = card.getValue(BigDecimal.class, null);
            return dec == null ? null : dec.doubleValue();
        }
        // strings, and complex values kept as written
        return card.getValue();
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
