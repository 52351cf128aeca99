// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes a one-column CSV or TSV document through, writing each empty record as {@code ""}: the
 * RFC 4180 form of an empty field, which TAP 1.1 §3.2 (via RFC 4180) needs for a NULL to be a row
 * rather than a blank line. Line ends inside a quoted field (where a blank line is data) are left
 * alone; a quote toggles the quoted state, which also handles the doubled quote of an escaped one.
 */
final class EmptyRecordQuoting extends FilterOutputStream {
    private boolean quoted;
    private boolean atRecordStart = true;
    private boolean afterCarriageReturn;

    EmptyRecordQuoting(OutputStream out) {
        super(new BufferedOutputStream(out));
    }

    @Override
    public void write(int b) throws IOException {
        boolean lineEnd = b == '\r' || b == '\n';
        // the "\n" of a "\r\n" ends the same record as its "\r", not a second, empty one
        if (!quoted && atRecordStart && lineEnd && !(b == '\n' && afterCarriageReturn)) {
            out.write('"');
            out.write('"');
        }
        if (b == '"') quoted = !quoted;
        atRecordStart = !quoted && lineEnd;
        afterCarriageReturn = b == '\r';
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) write(b[i]);
    }
}
