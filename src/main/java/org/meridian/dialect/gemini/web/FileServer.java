// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.io.input.BoundedInputStream;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.archive.StoredFile;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.query.FileLookup;
import org.meridian.web.ByteRange;
import org.meridian.web.StoredBytes;

/**
 * {@code /file/<[path/]filename>} (docs/gemini-archive.md): one file, compressed or decompressed on the fly to match
 * the requested name, streamed; HEAD and single byte ranges when the length is known.
 */
public record FileServer(FileLookup lookup, ArchiveFiles files, CallerLookup callers, ObslogPages obslogs) {

    static final String DENIED = "Not enough privileges to download this content";

    /** How the stored bytes become the sent bytes. */
    enum Transfer {
        AS_STORED,
        DECOMPRESS,
        COMPRESS
    }

    public void serve(Context ctx) throws SQLException, IOException {
        List<String> parts = SelectionRequest.tokens(ctx, "file", java.util.Set.of());
        if (parts.isEmpty()) {
            ctx.status(400).contentType("text/plain").result("No filename given\n");
            return;
        }
        String requested = parts.getLast();
        String path = String.join("/", parts.subList(0, parts.size() - 1));
        List<Long> ids = lookup.present(path, requested);
        if (ids.size() > 1) {
            ctx.status(400).contentType("text/plain").result("Multiple files match " + requested + "; give the path\n");
            return;
        }
        Optional<StoredFile> found = ids.isEmpty() ? Optional.empty() : files.version(ids.getFirst());
        if (found.isEmpty() && ids.isEmpty() && obslogs.serveFile(ctx, callers.caller(ctx), requested)) {
            return; // an observation log (/file serves those too)
        }
        if (found.isEmpty()) {
            ctx.status(404).contentType("text/plain").result("Could not find the requested file\n");
            return;
        }
        StoredFile file = found.get();
        Caller caller = callers.caller(ctx);
        if (!files.listed(caller, file)) {
            ctx.status(404).contentType("text/plain").result("Could not find the requested file\n");
            return;
        }
        if (!files.mayRead(caller, file)) {
            ctx.status(403).contentType("text/plain").result(DENIED);
            return;
        }
        send(ctx, caller, file, requested);
    }

    private void send(Context ctx, Caller caller, StoredFile file, String requested) throws IOException {
        boolean storedBz2 = "bzip2".equals(file.compression());
        boolean wantBz2 = requested.endsWith(".bz2");
        Transfer transfer = storedBz2 == wantBz2 || (!storedBz2 && file.compression() != null)
                ? Transfer.AS_STORED
                : storedBz2 ? Transfer.DECOMPRESS : Transfer.COMPRESS;
        // Our Content-Length is that of the bytes we send; Javalin's gzip would change them.
        ctx.contentType(contentType(file.name()));
        ctx.header("Content-Disposition", "attachment; filename=\"" + requested.replace("\"", "") + "\"");
        if (transfer == Transfer.COMPRESS) {
            // The compressed length is not known until the end.
            if (ctx.method().name().equals("HEAD")) {
                return;
            }
            try (InputStream in = files.open(caller, file, 0, file.fileSize());
                    OutputStream out = new BZip2CompressorOutputStream(ctx.outputStream())) {
                in.transferTo(out);
            }
            return;
        }
        long size = transfer == Transfer.AS_STORED ? file.fileSize() : file.dataSize();
        ctx.header("Accept-Ranges", "bytes");
        Optional<ByteRange> range;
        try {
            range = ByteRange.parse(ctx.header("Range"), size);
        } catch (ByteRange.Unsatisfiable e) {
            ctx.status(416)
                    .header("Content-Range", "bytes */" + size)
                    .contentType("text/plain")
                    .result("");
            return;
        }
        long first = range.map(ByteRange::first).orElse(0L);
        long length = range.map(ByteRange::length).orElse(size);
        if (range.isPresent()) {
            ctx.status(206);
            ctx.header("Content-Range", "bytes " + first + "-" + (first + length - 1) + "/" + size);
        }
        StoredBytes.send(ctx, length, () -> open(caller, file, transfer, first, length));
    }

    private InputStream open(Caller caller, StoredFile file, Transfer transfer, long first, long length)
            throws IOException {
        if (transfer == Transfer.AS_STORED) {
            return files.open(caller, file, first, length);
        }
        InputStream plain = files.openData(caller, file);
        plain.skipNBytes(first);
        return BoundedInputStream.builder()
                .setInputStream(plain)
                .setMaxCount(length)
                .get();
    }

    static String contentType(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".fits") || n.endsWith(".fits.bz2") || n.endsWith(".fit")) {
            return "application/fits";
        }
        if (n.endsWith(".txt")) {
            return "text/plain";
        }
        // The archive wrote "application/octect-stream" here; browsers ignore that, so use the real type.
        return "application/octet-stream";
    }
}
