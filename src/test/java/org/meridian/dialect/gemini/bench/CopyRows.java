// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.bench;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.meridian.store.CopyText;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's COPY text format, sent to a {@link CopyIn} in chunks of about a megabyte so
 * memory stays flat however many rows are loaded. Values are String, Number, Boolean, Instant,
 * LocalDate, a List of strings (a text[]), or null.
 */
final class CopyRows implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private long rows;

    CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            value(values[i]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void value(Object v) {
        if (v instanceof List<?> list) {
            buffer.append('{');
            for (int i = 0; i < list.size(); i++) {
                buffer.append(i > 0 ? "," : "").append(list.get(i)); // tags: no quoting needed
            }
            buffer.append('}');
        } else {
            // Instant and LocalDate print as ISO-8601, valid timestamptz and date literals
            CopyText.append(buffer, v);
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** Sends what is left and ends the COPY; returns the rows the server stored. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
