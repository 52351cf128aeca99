// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.dialect.tap.query.TapQuery;
import org.meridian.dialect.tap.query.TapQueryRunner;
import org.meridian.dialect.tap.upload.UploadUrls;
import org.meridian.vo.dali.DaliErrors;
import org.meridian.vo.dali.DaliParams;
import org.meridian.web.RequestUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /tap/sync}: runs the query and streams the result, or answers a VOTable error document. */
public record SyncHandler(TapQueryRunner runner, TapCallers callers, UploadUrls uploadUrls) {

    private static final Logger LOG = LoggerFactory.getLogger(SyncHandler.class);

    public void handle(Context ctx) throws IOException {
        LazyOutput out = null;
        try {
            TapQuery query =
                    TapRequest.parse(params(ctx), callers.of(ctx), uploadUrls).withBaseUrl(RequestUrls.base(ctx));
            if (!query.format().compressible()) {
                ctx.disableCompression();
            }
            out = new LazyOutput(ctx, query.format().mime());
            runner.run(query, out);
            out.flush();
        } catch (TapException e) {
            if (e.status() >= 500) {
                LOG.warn("TAP query failed: {}", e.getMessage(), e.getCause());
            }
            if (out != null && out.started()) {
                LOG.warn("TAP query failed after its result started: {}", e.getMessage());
                return;
            }
            error(ctx, e.status(), e.getMessage());
        }
    }

    /** @throws TapException (400, 413) when the POST body cannot be read as the form it claims to be */
    public static DaliParams params(Context ctx) throws TapException {
        return DaliParams.of(ctx, TapException::new);
    }

    /** Answers a DALI error document with the given status. */
    public static void error(Context ctx, int status, String message) {
        DaliErrors.votable(ctx, status, message);
    }
}
