// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.output;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one query result, streaming it row by row from the cursor. */
public interface ResultWriter {

    /**
     * @param query the ADQL text, echoed where the format has a place for it
     */
    void write(QueryResult table, String query, OutputStream out) throws IOException;
}
