// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.output;

import java.io.IOException;
import java.io.OutputStream;
import uk.ac.starlink.fits.FitsTableWriter;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StoragePolicy;

/**
 * A FITS binary table. FITS states the row count and string widths before the data, so the rows
 * are first spooled to a temporary file (disk, not memory) and then written by STIL.
 */
final class FitsWriter implements ResultWriter {

    @Override
    public void write(QueryResult table, String query, OutputStream out) throws IOException {
        StarTable spooled = StoragePolicy.PREFER_DISK.copyTable(table);
        try {
            new FitsTableWriter().writeStarTable(spooled, out);
            out.flush();
        } finally {
            spooled.close();
        }
    }
}
