// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The response body, opened with status 200 and the result's content type only when the first
 * byte is written, so that an error found before any output can still choose its own status.
 */
final class LazyOutput extends OutputStream {

    private final Context ctx;
    private final String contentType;
    private OutputStream out;

    LazyOutput(Context ctx, String contentType) {
        this.ctx = ctx;
        this.contentType = contentType;
    }

    boolean started() {
        return out != null;
    }

    private OutputStream out() throws IOException {
        if (out == null) {
            ctx.status(200).contentType(contentType);
            out = ctx.outputStream();
        }
        return out;
    }

    @Override
    public void write(int b) throws IOException {
        out().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        if (out != null) out.flush();
    }

    @Override
    public void close() throws IOException {
        out().close();
    }
}
