// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.dali;

import io.javalin.http.Context;
import org.meridian.web.DatabaseUnavailable;

/**
 * DALI error answers (docs/design.md rule 6): a VOTable error document for the service resources,
 * plain text for the UWS job resources, whose clients read the body as a message.
 */
public final class DaliErrors {

    private DaliErrors() {}

    /** Answers a VOTable error document with the given status; a 401 also asks for Basic credentials. */
    public static void votable(Context ctx, int status, String message) {
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Basic realm=\"meridian\"");
        }
        retryLater(ctx, status);
        ctx.status(status).contentType(VoTableDocuments.MIME).result(VoTableDocuments.error(message));
    }

    /** Answers the message as plain text with the given status. */
    public static void text(Context ctx, int status, String message) {
        retryLater(ctx, status);
        ctx.status(status).contentType("text/plain; charset=UTF-8").result(message + "\n");
    }

    /** A 503 (database down, too many queries at once) tells the client when to try again. */
    private static void retryLater(Context ctx, int status) {
        if (status == 503 && ctx.res().getHeader("Retry-After") == null) {
            ctx.header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
    }
}
