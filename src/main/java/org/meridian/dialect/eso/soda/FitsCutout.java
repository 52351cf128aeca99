// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.util.FitsInputStream;
import nom.tam.util.FitsOutputStream;
import org.meridian.dialect.eso.fits.FileCards;
import org.meridian.dialect.eso.fits.HeaderCards;

/**
 * Writes a cutout of a FITS file as it streams past (SODA 1.0; docs/urls.md, "ESO"): every HDU in
 * order, each copied, left out or cut to its {@link HduPlan}. A cut keeps the exact pixel bytes of
 * the sub-array (no resampling, no rescaling: BSCALE/BZERO and BLANK stay as they were), reading
 * only the rows it keeps and skipping the rest; its header keeps every card except NAXISn and
 * CRPIXn (shifted by the cut's origin, alternate WCSs too) and the checksums, which no longer hold.
 */
public final class FitsCutout {

    private static final int BLOCK = 2880;

    private FitsCutout() {}

    /** The plans for a file's HDUs from their header cards (the stored ones, before any byte is read). */
    public static List<HduPlan> plan(List<? extends HeaderCards> hdus, Cut cut) {
        List<HduPlan> plans = new ArrayList<>();
        Optional<HduPlan.Slice> previous = Optional.empty();
        for (HeaderCards cards : hdus) {
            HduPlan plan = HduPlan.of(cards, cut, previous);
            if (plan instanceof HduPlan.Slice s) {
                previous = Optional.of(s);
            }
            plans.add(plan);
        }
        return plans;
    }

    /**
     * Why these plans cannot give a cutout, or empty when they can: the region or band misses the
     * data, or the dataset has nothing the cut applies to.
     */
    public static Optional<SodaFault> refusal(List<HduPlan> plans, Cut cut) {
        if (cut.whole()) {
            return Optional.empty();
        }
        boolean sliced = plans.stream().anyMatch(p -> p instanceof HduPlan.Slice);
        boolean dropped = plans.stream().anyMatch(p -> p instanceof HduPlan.Drop);
        if (!plans.isEmpty() && plans.getFirst() instanceof HduPlan.Drop) {
            return Optional.of(SodaFault.noOverlap("the requested region or band does not overlap the data"));
        }
        if (!sliced) {
            return Optional.of(
                    dropped
                            ? SodaFault.noOverlap("the requested region or band does not overlap the data")
                            : SodaFault.usage("this dataset has no image axes the requested cut applies to"));
        }
        return Optional.empty();
    }

    /** Streams the cutout of {@code in} (the file's data, decompressed) to {@code out}. */
    public static void write(InputStream in, Cut cut, OutputStream out) throws IOException, FitsException {
        FitsInputStream input = new FitsInputStream(in);
        FitsOutputStream output = new FitsOutputStream(out);
        Optional<HduPlan.Slice> previous = Optional.empty();
        while (true) {
            Header header;
            try {
                header = Header.readHeader(input);
            } catch (EOFException e) {
                break;
            }
            if (header == null) {
                break;
            }
            long dataSize = header.getDataSize();
            HduPlan plan = HduPlan.of(new FileCards(header), cut, previous);
            switch (plan) {
                case HduPlan.Copy c -> {
                    header.write(output);
                    copy(input, output, dataSize);
                }
                case HduPlan.Drop d -> input.skipAllBytes(dataSize);
                case HduPlan.Slice s -> {
                    previous = Optional.of(s);
                    reshape(header, s);
                    header.write(output);
                    slice(input, output, s, Math.abs(header.getIntValue("BITPIX")) / 8, dataSize);
                }
            }
        }
        output.flush();
    }

    private static void reshape(Header header, HduPlan.Slice s) {
        for (int i = 0; i < s.naxis().length; i++) {
            int axis = i + 1;
            header.findCard("NAXIS" + axis).setValue(s.length(i));
            long shift = s.lo()[i] - 1;
            if (shift == 0) {
                continue;
            }
            for (String suffix : alternates()) {
                HeaderCard crpix = header.findCard("CRPIX" + axis + suffix);
                if (crpix != null && (crpix.isDecimalType() || crpix.isIntegerType())) {
                    crpix.setValue(Double.parseDouble(crpix.getValue().replace('D', 'E')) - shift);
                }
            }
        }
        header.deleteKey("CHECKSUM");
        header.deleteKey("DATASUM");
    }

    /** The primary WCS and the 26 alternates (FITS WCS paper I, section 2.6). */
    private static List<String> alternates() {
        List<String> suffixes = new ArrayList<>(List.of(""));
        for (char c = 'A'; c <= 'Z'; c++) {
            suffixes.add(String.valueOf(c));
        }
        return suffixes;
    }

    private static void copy(FitsInputStream in, FitsOutputStream out, long length) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long left = length;
        while (left > 0) {
            int n = (int) Math.min(buffer.length, left);
            in.readFully(buffer, 0, n);
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    /**
     * Reads the kept rows (runs along axis 1) in file order, skipping the bytes between them, and
     * writes them one after the other: the sub-array in FITS order, padded to a whole block.
     */
    private static void slice(
            FitsInputStream in, FitsOutputStream out, HduPlan.Slice s, int bytesPerPixel, long dataSize)
            throws IOException {
        long[] n = s.naxis();
        int dims = n.length;
        long[] stride = new long[dims];
        stride[0] = bytesPerPixel;
        for (int a = 1; a < dims; a++) {
            stride[a] = stride[a - 1] * n[a - 1];
        }
        int run = Math.toIntExact(s.length(0) * bytesPerPixel);
        byte[] row = new byte[run];
        long[] index = new long[dims];
        for (int a = 1; a < dims; a++) {
            index[a] = s.lo()[a];
        }
        long position = 0;
        long written = 0;
        while (true) {
            long offset = (s.lo()[0] - 1) * stride[0];
            for (int a = 1; a < dims; a++) {
                offset += (index[a] - 1) * stride[a];
            }
            in.skipAllBytes(offset - position);
            in.readFully(row);
            out.write(row);
            position = offset + run;
            written += run;
            int a = 1;
            while (a < dims && ++index[a] > s.hi()[a]) {
                index[a] = s.lo()[a];
                a++;
            }
            if (a >= dims) {
                break;
            }
        }
        in.skipAllBytes(dataSize - position);
        long pad = (BLOCK - written % BLOCK) % BLOCK;
        out.write(new byte[(int) pad]);
    }
}
