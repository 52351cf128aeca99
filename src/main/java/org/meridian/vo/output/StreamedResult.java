// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.output;

import java.io.IOException;
import uk.ac.starlink.table.AbstractStarTable;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.ReaderRowSequence;
import uk.ac.starlink.table.RowSequence;

/**
 * A {@link QueryResult} read once, row by row, as a writer pulls the rows from a cursor (docs/design.md
 * rule 4): their number is not known in advance, and a second read is an error rather than an empty
 * table. A subclass names its columns and reads its next row.
 */
public abstract class StreamedResult extends AbstractStarTable implements QueryResult {

    private final ColumnInfo[] columns;
    private boolean consumed;

    protected StreamedResult(ColumnInfo[] columns) {
        this.columns = columns;
    }

    @Override
    public final int getColumnCount() {
        return columns.length;
    }

    @Override
    public final ColumnInfo getColumnInfo(int icol) {
        return columns[icol];
    }

    @Override
    public final long getRowCount() {
        return -1;
    }

    @Override
    public final RowSequence getRowSequence() throws IOException {
        if (consumed) {
            throw new IOException("a streamed result can be read only once");
        }
        consumed = true;
        return new ReaderRowSequence() {
            @Override
            protected Object[] readRow() throws IOException {
                return nextRow();
            }
        };
    }

    /** The next row, or null after the last one or when reading stopped (see {@link #failure()}). */
    protected abstract Object[] nextRow() throws IOException;
}
