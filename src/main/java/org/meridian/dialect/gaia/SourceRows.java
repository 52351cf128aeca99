// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import org.meridian.vo.output.StreamedResult;
import uk.ac.starlink.table.ColumnInfo;

/**
 * A one-pass table over a {@link ProductCursor} for one file: every row left (RAW), or the rows of
 * the source ahead only (INDIVIDUAL), after which the cursor stands at the next source's first row.
 */
final class SourceRows extends StreamedResult {

    private final ProductCursor cursor;
    private final Long source;

    private SourceRows(ProductCursor cursor, ProductColumns columns, Long source, String name) {
        super(columns.columns().stream().map(c -> new ColumnInfo(c.info())).toArray(ColumnInfo[]::new));
        this.cursor = cursor;
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
    public boolean overflowed() {
        return false;
    }

    @Override
    public Exception failure() {
        return cursor.failure();
    }

    @Override
    protected Object[] nextRow() {
        boolean more = cursor.hasRow() && (source == null || cursor.sourceId() == source);
        return more ? cursor.take() : null;
    }
}
