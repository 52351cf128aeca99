// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.archive.StoredFile;
import org.meridian.core.auth.Caller;
import org.meridian.web.DjangoTime;
import org.meridian.web.RequestUrls;
import org.meridian.web.StoredBytes;

/**
 * Signed, expiring download links for frame versions, and the route that honours them. A link is
 * issued to one caller (the account id is part of what is signed), and the bytes are read through
 * {@link ArchiveFiles} as that caller, so the access policy decides again at download time.
 */
public record Downloads(ArchiveFiles files, UrlSigner signer, Callers callers) {

    /** The URL maker for the frames one response lists for one caller. */
    public FrameJson.Downloads forCaller(Context ctx, Caller caller) {
        String base = RequestUrls.base(ctx);
        long account = caller.accountId() == null ? 0 : caller.accountId();
        return versionId -> base + "/versions/" + versionId + "/download/?account=" + account + "&"
                + signer.sign(resource(versionId, account), UrlSigner.FRAME_LIFETIME);
    }

    static String resource(long versionId, long account) {
        return "version:" + versionId + ":" + account;
    }

    /** {@code GET /versions/{id}/download/?account&expires&signature}: the stored bytes, streamed. */
    public void download(Context ctx) throws Exception {
        long versionId = FramesHandler.id(ctx);
        String accountParam = ctx.queryParam("account");
        long account;
        try {
            account = Long.parseLong(accountParam == null ? "" : accountParam);
        } catch (NumberFormatException e) {
            throw ApiException.detail(403, "Invalid or expired download link.");
        }
        if (!signer.verify(resource(versionId, account), ctx.queryParam("expires"), ctx.queryParam("signature"))) {
            throw ApiException.detail(403, "Invalid or expired download link.");
        }
        Caller caller =
                account == 0 ? Caller.ANONYMOUS : callers.byAccountId(account).orElse(Caller.ANONYMOUS);
        StoredFile file = files.version(versionId).orElseThrow(ApiException::notFound);
        if (!files.mayRead(caller, file)) {
            throw ApiException.detail(403, "You do not have permission to perform this action.");
        }
        ctx.contentType(contentType(file.filename()));
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"");
        StoredBytes.send(ctx, file.fileSize(), () -> files.open(caller, file, 0, file.fileSize()));
    }

    /** {@code GET /versions/?md5=}: staff only, as in the archive (the ingester's "already stored?" check). */
    public void versions(Context ctx) throws Exception {
        Caller caller = callers.of(ctx);
        if (caller.isAnonymous()) {
            throw ApiException.detail(401, "Authentication credentials were not provided.");
        }
        if (!caller.staff()) {
            throw ApiException.detail(403, "You do not have permission to perform this action.");
        }
        String md5 = ctx.queryParam("md5");
        List<Map<String, Object>> results = md5 == null || md5.isBlank()
                ? List.of()
                : files.byMd5(md5.trim().toLowerCase(java.util.Locale.ROOT)).stream()
                        .map(f -> version(ctx, caller, f))
                        .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", results.size());
        body.put("next", null);
        body.put("previous", null);
        body.put("results", results);
        ctx.json(body);
    }

    private Map<String, Object> version(Context ctx, Caller caller, StoredFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.versionId());
        m.put("created", DjangoTime.format(f.lastmod()));
        m.put("key", f.storageKey());
        m.put("md5", f.fileMd5());
        m.put("extension", FrameStore.extension(f.name().replaceAll("\\.fits.*$", ""), f.filename()));
        m.put("url", forCaller(ctx, caller).url(f.versionId()));
        return m;
    }

    static String contentType(String filename) {
        if (filename.endsWith(".fits") || filename.endsWith(".fz")) {
            return "application/fits";
        }
        if (filename.endsWith(".bz2")) {
            return "application/x-bzip2";
        }
        return filename.endsWith(".gz") ? "application/gzip" : "application/octet-stream";
    }
}
