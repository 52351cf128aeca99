// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.JobResult;
import org.meridian.core.uws.Jobs;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.store.FileStore;
import org.meridian.vo.dali.DaliParams;
import org.meridian.web.NulCharacters;
import org.meridian.web.auth.CallerResolver;
import org.meridian.web.fetch.FetchException;
import org.meridian.web.fetch.GuardedFetcher;

/**
 * {@code /tap-server/Upload} (seed sections 3.7, 3.8): a table into the caller's schema from the
 * multipart {@code FILE}, from {@code URL} (only through the {@link GuardedFetcher}, so only from
 * the hosts the settings allow) or from {@code JOBID}, a finished job of the caller's; or, with
 * {@code DELETE=TRUE}, the table removed. The bytes are spooled to a temporary file, at most the
 * caller's remaining byte quota, then read by STIL in the FORMAT given.
 */
record UploadHandler(
        CallerResolver callers,
        UserTableLoader loader,
        UserTableEditor editor,
        Quota quota,
        GuardedFetcher fetcher,
        Jobs jobs,
        FileStore files) {

    void handle(Context ctx) throws TapException, SQLException {
        Caller caller = TapPlusRoutes.loggedIn(callers, ctx);
        DaliParams params = PlusParams.of(ctx);
        String name = params.first("TABLE_NAME");
        if (PlusParams.isTrue(params.first("DELETE"))) {
            // FORCE_REMOVAL: nothing depends on a user table here, so a removal needs no forcing.
            editor.delete(caller, name);
            ctx.contentType("text/plain; charset=UTF-8").result("OK\nTable '" + name + "' deleted.\n");
            return;
        }
        if (name == null || name.isBlank()) {
            throw TapException.badRequest("TABLE_NAME is required");
        }
        String description = params.first("TABLE_DESC");
        if (description != null && NulCharacters.in(description)) {
            // multipart fields pass the door unchecked (docs/architecture.md, "Hostile input")
            throw TapException.badRequest(NulCharacters.message("TABLE_DESC"));
        }
        Path file = spool(source(params, caller), name);
        try {
            long rows = loader.load(caller, name, description, TableFormats.read(file, format(params), name));
            ctx.contentType("text/plain; charset=UTF-8")
                    .result("OK\nTable '" + name + "' uploaded with " + rows + " rows.\n");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is harmless; the OS cleans its temp directory
            }
        }
    }

    /** A job's result is a VOTable whatever FORMAT says (TapPlus sends nonsense there for jobs). */
    private static String format(DaliParams params) {
        return params.first("JOBID") != null && !params.first("JOBID").isBlank() ? "votable" : params.first("FORMAT");
    }

    /** Opens the table's bytes; may be called once. */
    @FunctionalInterface
    private interface Source {
        InputStream open() throws IOException, TapException;
    }

    private Source source(DaliParams params, Caller caller) throws TapException, SQLException {
        String jobId = params.first("JOBID");
        if (jobId != null && !jobId.isBlank()) {
            return jobResult(jobId.strip(), caller);
        }
        String url = params.first("URL");
        if (url != null && !url.isBlank()) {
            URI uri;
            try {
                uri = new URI(url.strip());
            } catch (URISyntaxException e) {
                throw TapException.badRequest("URL is not a URL: " + url);
            }
            try {
                fetcher.check(uri);
            } catch (FetchException e) {
                throw TapException.badRequest("URL: " + e.getMessage());
            }
            return () -> {
                try {
                    return fetcher.open(uri);
                } catch (FetchException e) {
                    throw TapException.badRequest("URL: " + e.getMessage());
                }
            };
        }
        DaliParams.Part part = params.part("FILE")
                .orElseThrow(() -> TapException.badRequest("send the table as FILE, or give URL or JOBID"));
        return part::open;
    }

    private Source jobResult(String id, Caller caller) throws TapException, SQLException {
        Job job;
        try {
            job = jobs.get(caller, id);
        } catch (JobRequestException e) {
            // another user's job and no job at all answer alike
            throw new TapException(404, "you have no job " + id);
        }
        JobResult result = job.results().stream()
                .filter(r -> r.name().equals("result"))
                .findFirst()
                .orElseThrow(() -> TapException.badRequest("job " + id + " has no result; it is " + job.phase()));
        return () -> files.open(result.storageKey());
    }

    private Path spool(Source source, String name) throws TapException {
        Path file;
        try {
            file = Files.createTempFile("tapplus-upload-", ".dat");
        } catch (IOException e) {
            throw new TapException(500, "the server could not store the uploaded table", e);
        }
        boolean done = false;
        try (InputStream in = source.open();
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > quota.bytes()) {
                    throw new TapException(
                            403, "quota exceeded: table " + name + " is larger than " + quota.bytes() + " bytes");
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw TapException.badRequest("table " + name + " is empty: send it as FILE, or give URL or JOBID");
            }
            done = true;
            return file;
        } catch (IOException e) {
            throw TapException.badRequest("cannot read table " + name + ": " + e.getMessage());
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // harmless, see above
                }
            }
        }
    }
}
