// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import io.javalin.http.Context;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.archive.StoredFile;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.eso.datalink.Datasets;
import org.meridian.vo.dali.DaliErrors;
import org.meridian.web.StoredBytes;
import org.meridian.web.auth.CallerResolver;

/**
 * {@code /dataportal_new/file/<dp_id>}: a dataset's bytes as stored, the URL DataLink's
 * {@code #this}, {@code #auxiliary}, {@code #progenitor} and {@code #derivation} rows give (ESO
 * serves its files at such a path). Basic or Bearer credentials open proprietary data for entitled
 * callers; a dataset the caller may not see listed is "not found", a listed one it may not read is
 * 401 for an anonymous caller (with the challenges it can answer) and 403 otherwise (docs/access.md).
 */
public final class DatasetDownload {

    private final Datasets datasets;
    private final CallerResolver callers;

    public DatasetDownload(Datasets datasets, CallerResolver callers) {
        this.datasets = datasets;
        this.callers = callers;
    }

    public void handle(Context ctx) throws IOException, SQLException {
        Caller caller = callers.of(ctx);
        Optional<String> dpId = EsoIds.dpId(ctx.pathParam("dpId"));
        Optional<StoredFile> file = dpId.isEmpty() ? Optional.empty() : datasets.listed(caller, dpId.get());
        if (file.isEmpty()) {
            DaliErrors.text(ctx, 404, "NotFoundFault: no such dataset: " + ctx.pathParam("dpId"));
            return;
        }
        ArchiveFiles files = datasets.files();
        StoredFile f = file.get();
        if (!files.mayRead(caller, f)) {
            refuse(ctx, caller, EsoIds.ofFileName(f.name()));
            return;
        }
        ctx.contentType(StoredTypes.of(f));
        ctx.header(
                "Content-Disposition", "attachment; filename=\"" + f.filename().replace("\"", "") + "\"");
        StoredBytes.send(ctx, f.fileSize(), () -> files.open(caller, f, 0, f.fileSize()));
    }

    /** 401 with Basic and Bearer challenges for an anonymous caller, 403 for a logged-in one. */
    public static void refuse(Context ctx, Caller caller, String dpId) {
        if (caller.isAnonymous()) {
            ctx.header("WWW-Authenticate", "Basic realm=\"meridian\"");
            ctx.res().addHeader("WWW-Authenticate", "Bearer realm=\"meridian\"");
            DaliErrors.text(ctx, 401, "NotAuthorizedFault: " + dpId + " is proprietary; log in");
        } else {
            DaliErrors.text(ctx, 403, "NotAuthorizedFault: " + dpId + " is proprietary and not yours");
        }
    }
}
