// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

import io.javalin.http.Context;
import java.io.OutputStream;
import nom.tam.fits.FitsException;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.eso.DatasetDownload;
import org.meridian.vo.dali.DaliErrors;
import org.meridian.vo.dali.DaliParams;
import org.meridian.web.FormBody;
import org.meridian.web.auth.CallerResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /soda/sync} (SODA 1.0 section 3): the cutout of one dataset, streamed as FITS. The plan is
 * made from the header cards stored at ingest, so a region that misses the data or a dataset it
 * cannot cut is refused before a byte is read; the bytes come only through {@code ArchiveFiles}
 * after it said the caller may read them (docs/access.md); {@link Cutouts} does both, for async jobs too. Errors are text, as SODA section 5 asks.
 *
 * @param cutouts plans and writes the cutout
 * @param callers who the request comes from
 */
public record SodaHandler(Cutouts cutouts, CallerResolver callers) {

    private static final Logger LOG = LoggerFactory.getLogger(SodaHandler.class);

    public void handle(Context ctx) throws Exception {
        Caller caller = callers.of(ctx);
        DaliParams params;
        try {
            params = DaliParams.of(ctx);
        } catch (FormBody.MalformedException e) {
            SodaFault fault = SodaFault.usage(e.getMessage());
            DaliErrors.text(ctx, fault.status(), fault.getMessage());
            return;
        }
        Cutouts.Ready ready;
        switch (cutouts.plan(caller, params)) {
            case Cutouts.Refused(SodaFault fault) -> {
                DaliErrors.text(ctx, fault.status(), fault.getMessage());
                return;
            }
            case Cutouts.NotAuthorized(String dpId) -> {
                DatasetDownload.refuse(ctx, caller, dpId);
                return;
            }
            case Cutouts.Ready r -> ready = r;
        }
        ctx.contentType("application/fits");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ready.fileName() + "\"");
        ctx.disableCompression();
        OutputStream out = ctx.outputStream();
        try {
            cutouts.write(caller, ready, out);
        } catch (FitsException e) {
            // The stored headers were read at ingest; a file that no longer parses is the archive's fault.
            LOG.warn("cutout of {} failed: {}", ready.file().name(), e.getMessage());
            throw new IllegalStateException("stored file " + ready.file().name() + " is not readable FITS", e);
        }
        out.flush();
    }
}
