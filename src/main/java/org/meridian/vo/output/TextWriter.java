// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.output;

import java.io.IOException;
import java.io.OutputStream;
import uk.ac.starlink.table.formats.CsvTableWriter;

/** CSV (RFC 4180 with a header line) and tab-separated values, written by STIL. */
final class TextWriter implements ResultWriter {

    private final char delimiter;

    private TextWriter(char delimiter) {
        this.delimiter = delimiter;
    }

    static TextWriter csv() {
        return new TextWriter(',');
    }

    static TextWriter tsv() {
        return new TextWriter('\t');
    }

    @Override
    public void write(QueryResult table, String query, OutputStream out) throws IOException {
        CsvTableWriter writer = new CsvTableWriter(true);
        writer.setDelimiter(delimiter);
        // STIL writes a NULL or empty value as an empty field; alone on its line that is an empty
        // line, which readers (astropy, STILTS, pandas) skip, losing the row.
        OutputStream target = table.getColumnCount() == 1 ? new EmptyRecordQuoting(out) : out;
        writer.writeStarTable(table, target);
        target.flush();
    }
}
