// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sorted, disjoint, non-adjacent ranges [lo, hi] (inclusive) of nested HEALPix pixels at one order.
 * Because nested numbering keeps every pixel's descendants contiguous, the same set at a finer order
 * is just each range with its ends shifted.
 */
public final class RangeSet {

    private final int order;
    private final long[] los;
    private final long[] his;

    private RangeSet(int order, long[] los, long[] his) {
        this.order = order;
        this.los = los;
        this.his = his;
    }

    /** Collects ranges in increasing order, merging ranges that touch or overlap. */
    public static final class Builder {
        private final int order;
        private long[] los = new long[16];
        private long[] his = new long[16];
        private int size;

        public Builder(int order) {
            Healpix.checkOrder(order);
            this.order = order;
        }

        /** Adds [lo, hi]; lo must not be below the start of the previously added range. */
        public Builder add(long lo, long hi) {
            if (lo > hi || lo < 0 || hi >= Healpix.pixelCount(order)) {
                throw new IllegalArgumentException("bad pixel range [" + lo + ", " + hi + "] at order " + order);
            }
            if (size > 0 && lo < los[size - 1]) {
                throw new IllegalArgumentException("ranges must be added in increasing order");
            }
            if (size > 0 && lo <= his[size - 1] + 1) {
                his[size - 1] = Math.max(his[size - 1], hi);
                return this;
            }
            if (size == los.length) {
                los = Arrays.copyOf(los, size * 2);
                his = Arrays.copyOf(his, size * 2);
            }
            los[size] = lo;
            his[size] = hi;
            size++;
            return this;
        }

        public RangeSet build() {
            return new RangeSet(order, Arrays.copyOf(los, size), Arrays.copyOf(his, size));
        }
    }

    public int order() {
        return order;
    }

    /** The number of merged ranges. */
    public int size() {
        return los.length;
    }

    public boolean isEmpty() {
        return los.length == 0;
    }

    public long lo(int i) {
        return los[i];
    }

    public long hi(int i) {
        return his[i];
    }

    /** The ranges as {lo, hi} pairs. */
    public List<long[]> ranges() {
        List<long[]> out = new ArrayList<>(los.length);
        for (int i = 0; i < los.length; i++) {
            out.add(new long[] {los[i], his[i]});
        }
        return out;
    }

    /** The total number of pixels covered at this set's order. */
    public long pixelCount() {
        long n = 0;
        for (int i = 0; i < los.length; i++) {
            n += his[i] - los[i] + 1;
        }
        return n;
    }

    /** True when a pixel of this set's order lies in one of the ranges. */
    public boolean contains(long pixel) {
        int i = Arrays.binarySearch(los, pixel);
        if (i >= 0) {
            return true;
        }
        int before = -i - 2;
        return before >= 0 && pixel <= his[before];
    }

    /** True when a pixel given at any order at least as fine as this set's lies in the set. */
    public boolean containsAt(int pixelOrder, long pixel) {
        return contains(Healpix.parent(pixelOrder, pixel, order));
    }

    /** The same area at a finer order: each pixel p becomes p·4^d .. (p+1)·4^d - 1. */
    public RangeSet toOrder(int fineOrder) {
        Healpix.checkOrder(fineOrder);
        if (fineOrder < order) {
            throw new IllegalArgumentException(
                    "cannot shift ranges from order " + order + " to coarser order " + fineOrder);
        }
        int shift = 2 * (fineOrder - order);
        long[] lo = new long[los.length];
        long[] hi = new long[his.length];
        for (int i = 0; i < los.length; i++) {
            lo[i] = los[i] << shift;
            hi[i] = ((his[i] + 1) << shift) - 1;
        }
        return new RangeSet(fineOrder, lo, hi);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RangeSet r && r.order == order && Arrays.equals(r.los, los) && Arrays.equals(r.his, his);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * order + Arrays.hashCode(los)) + Arrays.hashCode(his);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("RangeSet[order=").append(order);
        for (int i = 0; i < los.length; i++) {
            b.append(i == 0 ? " " : ", ").append(los[i]).append('-').append(his[i]);
        }
        return b.append(']').toString();
    }
}
