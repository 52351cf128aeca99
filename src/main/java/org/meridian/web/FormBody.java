// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpException;

/**
 * A POST's form fields and file parts, read so that a body Jetty cannot parse (malformed
 * multipart, a truncated part, a missing boundary) is the client's error, which each dialect
 * answers in its own form, instead of an exception that reaches the server's 500 handler.
 */
public final class FormBody {

    /** The body cannot be read as the form its Content-Type announces. */
    public static final class MalformedException extends Exception {
        private final int status;

        MalformedException(int status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        /** The 4xx status Jetty gave the problem (400 for a malformed body, 413 for an oversized one). */
        public int status() {
            return status;
        }
    }

    private FormBody() {}

    /** Url-encoded or multipart fields (file parts excluded). */
    public static Map<String, List<String>> fields(Context ctx) throws MalformedException {
        return read(ctx, ctx::formParamMap);
    }

    /** Multipart file parts by name; empty for other bodies. */
    public static Map<String, List<UploadedFile>> files(Context ctx) throws MalformedException {
        return ctx.isMultipartFormData() ? read(ctx, ctx::uploadedFileMap) : Map.of();
    }

    private static <T> T read(Context ctx, Supplier<T> reader) throws MalformedException {
        try {
            return reader.get();
        } catch (Exception e) {
            // Javalin (Kotlin) passes on the servlet layer's checked ServletException undeclared.
            MalformedException malformed = malformedOr(e);
            // Jetty drops the connection after a body it failed to parse; saying so in the answer
            // keeps clients from sending their next request down a connection about to close.
            ctx.header("Connection", "close");
            throw malformed;
        }
    }

    private static MalformedException malformedOr(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                // Jetty's reason ("bad multipart", ...) names the problem and nothing of the server.
                return new MalformedException(
                        http.getCode(), "the request body cannot be read as a form: " + http.getReason(), e);
            }
        }
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
}
