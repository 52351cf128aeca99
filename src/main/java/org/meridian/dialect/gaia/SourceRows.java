// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import java.io.IOException;
import org.meridian.vo.output.QueryResult;
import uk.ac.starlink.table.AbstractStarTable;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowSequence;

/**
 * A one-pass table over a {@link ProductCursor} for one file: every row left (RAW), or the rows of
 * the source ahead only (INDIVIDUAL), after which the cursor stands at the next source's first row.
 */
final class SourceRows extends AbstractStarTable implements QueryResult {

    private final ProductCursor cursor;
    private final ColumnInfo[] infos;
    private final Long source;
    private boolean consumed;

    private SourceRows(ProductCursor cursor, ProductColumns columns, Long source, String name) {
        this.cursor = cursor;
        this.infos =
                columns.columns().stream().map(c -> new ColumnInfo(c.info())).toArray(ColumnInfo[]::new);
        this.source = source;
        setName(name);
    }

    /** Every remaining row, whatever its source. */
    static SourceRows all(ProductCursor cursor, ProductColumns columns, String name) {
        return new SourceRows(cursor, columns, null, name);
    }

    /** The rows of the source the cursor stands at. */
    static SourceRows nextSource(ProductCursor cursor, ProductColumns columns, String name) {
        return new SourceRows(cursor, columns, cursor.sourceId(), name);
    }

    @Override
    public int getColumnCount() {
        return infos.length;
    }

    @Override
    public ColumnInfo getColumnInfo(int icol) {
        return infos[icol];
    }

    @Override
    public long getRowCount() {
        return -1;
    }

    @Override
    public boolean overflowed() {
        return false;
    }

    @Override
    public Exception failure() {
        return cursor.failure();
    }

    @Override
    public RowSequence getRowSequence() throws IOException {
        if (consumed) {
            throw new IOException("product rows can be read only once");
        }
        consumed = true;
        return new RowSequence() {
            private Object[] row;

            @Override
            public boolean next() {
                if (!cursor.hasRow() || source != null && cursor.sourceId() != source) {
                    return false;
                }
                row = cursor.take();
                return true;
            }

            @Override
            public Object getCell(int icol) {
                return row[icol];
            }

            @Override
            public Object[] getRow() {
                return row.clone();
            }

            @Override
            public void close() {}
        };
    }
}
