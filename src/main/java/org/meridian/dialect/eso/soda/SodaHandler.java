// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nom.tam.fits.FitsException;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.archive.StoredFile;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.eso.DatasetDownload;
import org.meridian.dialect.eso.EsoIds;
import org.meridian.dialect.eso.datalink.Datasets;
import org.meridian.dialect.eso.fits.StoredCards;
import org.meridian.vo.dali.DaliErrors;
import org.meridian.vo.dali.DaliParams;
import org.meridian.web.FormBody;
import org.meridian.web.auth.CallerResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /soda/sync} (SODA 1.0 section 3): the cutout of one dataset, streamed as FITS. The plan is
 * made from the header cards stored at ingest, so a region that misses the data or a dataset it
 * cannot cut is refused before a byte is read; the bytes come only through {@link ArchiveFiles}
 * after it said the caller may read them (docs/access.md). Errors are text, as SODA section 5 asks.
 */
public final class SodaHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SodaHandler.class);

    private final Datasets datasets;
    private final CallerResolver callers;

    public SodaHandler(Datasets datasets, CallerResolver callers) {
        this.datasets = datasets;
        this.callers = callers;
    }

    public void handle(Context ctx) throws Exception {
        Caller caller = callers.of(ctx);
        SodaParams.Request request;
        StoredFile file;
        try {
            request = SodaParams.read(params(ctx));
            Optional<String> dpId = EsoIds.dpId(request.id());
            if (dpId.isEmpty()) {
                throw SodaFault.usage("ID is not an ESO dataset identifier (" + EsoIds.PREFIX + "<dp_id>)");
            }
            Optional<StoredFile> found = datasets.listed(caller, dpId.get());
            if (found.isEmpty()) {
                throw SodaFault.notFound("no such dataset: " + request.id());
            }
            file = found.get();
            if (!datasets.files().mayRead(caller, file)) {
                DatasetDownload.refuse(ctx, caller, dpId.get());
                return;
            }
            if ("fpack".equals(file.compression())) {
                throw SodaFault.usage("cutouts of tile-compressed files are not supported yet");
            }
            Optional<SodaFault> refusal =
                    FitsCutout.refusal(FitsCutout.plan(stored(file), request.cut()), request.cut());
            if (refusal.isPresent()) {
                throw refusal.get();
            }
        } catch (SodaFault e) {
            DaliErrors.text(ctx, e.status(), e.getMessage());
            return;
        }
        ctx.contentType("application/fits");
        ctx.header(
                "Content-Disposition",
                "attachment; filename=\"" + EsoIds.ofFileName(file.name()).replace("\"", "") + "_cutout.fits\"");
        ctx.disableCompression();
        OutputStream out = ctx.outputStream();
        try (InputStream in = datasets.files().openData(caller, file)) {
            FitsCutout.write(in, request.cut(), out);
        } catch (FitsException e) {
            // The stored headers were read at ingest; a file that no longer parses is the archive's fault.
            LOG.warn("cutout of {} failed: {}", file.name(), e.getMessage());
            throw new IllegalStateException("stored file " + file.name() + " is not readable FITS", e);
        }
        out.flush();
    }

    private static DaliParams params(Context ctx) throws SodaFault {
        try {
            return DaliParams.of(ctx);
        } catch (FormBody.MalformedException e) {
            throw SodaFault.usage(e.getMessage());
        }
    }

    private List<StoredCards> stored(StoredFile file) throws java.sql.SQLException {
        List<StoredCards> hdus = new ArrayList<>();
        for (JsonNode hdu : datasets.headers(file)) {
            hdus.add(new StoredCards(hdu));
        }
        return hdus;
    }
}
