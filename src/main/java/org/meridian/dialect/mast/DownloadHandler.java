// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import io.javalin.http.Context;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import org.meridian.core.auth.Caller;
import org.meridian.web.ByteRange;
import org.meridian.web.StoredBytes;

/**
 * {@code GET|HEAD /api/v0.1/Download/file?uri=mast:...}: the bytes of one product through
 * ArchiveFiles, with Content-Length and single byte ranges (astroquery sends HEAD first and resumes
 * with {@code Range}). Exclusive-access data: 401 without credentials, 403 for others.
 */
public record DownloadHandler(ProductLocator locator, MastCallers callers) {

    public void handle(Context ctx) throws SQLException, IOException {
        MastUri uri = MastUri.parse(ctx.queryParam("uri"));
        Caller caller = callers.of(ctx);
        ProductLocator.Located found =
                locator.locate(caller, uri).orElseThrow(() -> new MastException(404, "file not found: " + uri));
        if (!locator.files().mayRead(caller, found.file())) {
            throw caller.isAnonymous()
                    ? new MastException(401, "exclusive-access data: log in with a MAST token for " + uri)
                    : new MastException(403, "not authorised to download " + uri);
        }
        long size = found.file().fileSize();
        Optional<ByteRange> range;
        try {
            range = ByteRange.parse(ctx.header("Range"), size);
        } catch (ByteRange.Unsatisfiable e) {
            ctx.header("Content-Range", "bytes */" + size);
            throw new MastException(416, e.getMessage());
        }
        // Bytes go out as stored (the HTTP server never gzips file types), so the length holds.
        ctx.header("Accept-Ranges", "bytes");
        ctx.header(
                "Content-Disposition", "attachment; filename=\"" + found.file().filename() + "\"");
        ctx.contentType("application/octet-stream");
        long offset = range.map(ByteRange::first).orElse(0L);
        long length = range.map(ByteRange::length).orElse(size);
        if (range.isPresent()) {
            ctx.status(206);
            ctx.header(
                    "Content-Range",
                    "bytes " + range.get().first() + "-" + range.get().last() + "/" + size);
        }
        StoredBytes.send(ctx, length, () -> locator.files().open(caller, found.file(), offset, length));
    }
}
