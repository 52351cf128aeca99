// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.query;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.meridian.dialect.gemini.json.AsciiJson;

/**
 * Writes a JSON listing (docs/gemini-archive.md) straight from the result set, as Python's {@code json.dumps(rows,
 * indent=4)} lays it out: a list of objects with the chosen keys in the archive's order. No map or
 * string is built per row: each key's text is made once and text columns are copied as the
 * database sent them, which is most of the cost of a listing of hundreds of rows.
 */
final class JsonListingWriter {

    private static final int DRAIN_AT = 16 * 1024;
    private static final String ROW_START = "\n    {";
    private static final String ROW_END = "\n    }";
    private static final String TRUNCATION_FLAG = ",\n        \"results_truncated\": true";

    private final OutputStream out;
    private final boolean flagsTruncation;
    private final int[] columns;
    private final byte[][] keyTexts;
    private final AsciiJson json = new AsciiJson(2 * DRAIN_AT);
    private boolean rowOpen;

    /**
     * @param keys the listed keys, in order, each one of {@link HeaderColumns#COLUMNS}
     * @param flagsTruncation whether the last row carries {@code "results_truncated": true}
     */
    JsonListingWriter(List<String> keys, boolean flagsTruncation, OutputStream out) {
        this.out = out;
        this.flagsTruncation = flagsTruncation;
        this.columns = keys.stream().mapToInt(HeaderColumns::indexOf).toArray();
        this.keyTexts = new byte[keys.size()][];
        for (int k = 0; k < keys.size(); k++) {
            AsciiJson text = new AsciiJson(64).raw(k == 0 ? "" : ",").raw("\n        ");
            keyTexts[k] = text.string(keys.get(k)).raw(": ").copyFrom(0);
        }
        json.raw('[');
    }

    /** Writes one row, read from the columns starting at {@code first}; coordinates blanked when asked. */
    void row(ResultSet r, int first, boolean maskCoordinates) throws SQLException, IOException {
        if (rowOpen) {
            json.raw(ROW_END).raw(',');
        }
        json.raw(ROW_START);
        for (int k = 0; k < columns.length; k++) {
            json.raw(keyTexts[k]);
            HeaderColumns.writeJson(r, first, columns[k], maskCoordinates, json);
        }
        // The row is closed by the next one or by finish(), which may first add the truncation flag.
        rowOpen = true;
        if (json.size() >= DRAIN_AT) {
            json.drainTo(out);
        }
    }

    /** Closes the list and sends what is left. */
    void finish() throws IOException {
        if (rowOpen) {
            if (flagsTruncation) {
                json.raw(TRUNCATION_FLAG);
            }
            json.raw(ROW_END).raw("\n");
        }
        json.raw(']');
        json.drainTo(out);
    }
}
