// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.output;

import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.WrapperStarTable;

/** {@link QueryResult#complete}: a table read whole before it is written. */
final class CompleteResult extends WrapperStarTable implements QueryResult {
    CompleteResult(StarTable table) {
        super(table);
    }

    @Override
    public boolean overflowed() {
        return false;
    }

    @Override
    public Exception failure() {
        return null;
    }
}
