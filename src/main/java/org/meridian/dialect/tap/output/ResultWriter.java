// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.output;

import java.io.IOException;
import java.io.OutputStream;
import org.meridian.dialect.tap.query.ResultTable;

/** Writes one query result, streaming it row by row from the cursor. */
public interface ResultWriter {

    /**
     * @param query the ADQL text, echoed where the format has a place for it
     */
    void write(ResultTable table, String query, OutputStream out) throws IOException;
}
