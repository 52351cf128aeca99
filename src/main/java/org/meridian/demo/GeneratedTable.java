// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.util.SplittableRandom;
import uk.ac.starlink.table.AbstractStarTable;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.ReaderRowSequence;
import uk.ac.starlink.table.RowSequence;

/**
 * A table made row by row as a writer reads it, so that a large file (the demo's catalogues, a
 * benchmark's input) takes no memory to write; every read makes the same rows (the random source is
 * seeded the same).
 */
public final class GeneratedTable extends AbstractStarTable {

    /** Row {@code index} (0-based), with the values it draws from {@code random}. */
    @FunctionalInterface
    public interface Rows {
        Object[] row(long index, SplittableRandom random);
    }

    private final ColumnInfo[] columns;
    private final long rows;
    private final Rows maker;

    public GeneratedTable(ColumnInfo[] columns, long rows, Rows maker) {
        this.columns = columns;
        this.rows = rows;
        this.maker = maker;
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public ColumnInfo getColumnInfo(int icol) {
        return columns[icol];
    }

    @Override
    public long getRowCount() {
        return rows;
    }

    @Override
    public RowSequence getRowSequence() {
        SplittableRandom random = new SplittableRandom(42);
        return new ReaderRowSequence() {
            private long next;

            @Override
            protected Object[] readRow() {
                return next < rows ? maker.row(next++, random) : null;
            }
        };
    }
}
