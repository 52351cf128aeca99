// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Sends bytes whose length is known before they are read (stored files, parts of them, stored job
 * results), as every dialect's download does: with their Content-Length, never gzipped on the fly
 * (python-requests always asks for gzip, and a gzipped body under the stored length makes Jetty
 * fail the response; byte ranges would break too), and without a body for HEAD.
 */
public final class StoredBytes {

    /** Opens the bytes; called only when a body is sent. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private StoredBytes() {}

    /** Status, type and other headers are the caller's, set before this. */
    public static void send(Context ctx, long length, Source source) throws IOException {
        ctx.header("Content-Length", Long.toString(length));
        ctx.disableCompression();
        if (HandlerType.HEAD.equals(ctx.method())) {
            return;
        }
        try (InputStream in = source.open()) {
            OutputStream out = ctx.outputStream();
            in.transferTo(out);
            out.flush();
        }
    }
}
