// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import static org.meridian.core.uws.JobRequestException.Kind.BAD_REQUEST;
import static org.meridian.core.uws.JobRequestException.Kind.FORBIDDEN;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobFailedException;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.ParameterUpdate;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.dialect.tap.upload.Upload;
import org.meridian.dialect.tap.upload.UploadLoader;
import org.meridian.dialect.tap.upload.UploadParameter;
import org.meridian.dialect.tap.upload.UploadUrls;
import org.meridian.store.FileStore;
import org.meridian.vo.dali.DaliParams;

/**
 * UPLOAD in async jobs (TAP 1.1 section 3.5.2): the inline parts ({@code name,param:part}) sent
 * when the job is created or later POSTed to its parameters (UWS 1.1 section 2.2.3.6, pyvo's
 * {@code AsyncTAPJob.upload}) are checked against the upload limits and stored with the job in the
 * FileStore, because the job may run later and in another process; http(s) uploads are fetched when
 * the job runs. The job keeps the UPLOAD parameter as the client sent it, with later tables added.
 */
final class AsyncUploads {

    /** The inline parts of a request, by part name, taken out of its parameters. */
    record Parts(Map<String, Upload.Source> sources) {}

    private AsyncUploads() {}

    /**
     * Checks the UPLOAD parameter and collects the parts it names from the request (file parts, or
     * plain form fields holding the table); those fields are removed from {@code parameters}.
     */
    static Parts collect(Context ctx, Map<String, String> parameters, UploadUrls urls, Caller caller)
            throws JobRequestException {
        String upload = parameters.get("upload");
        if (upload == null) {
            return new Parts(Map.of());
        }
        Set<String> named = new LinkedHashSet<>();
        try {
            UploadParameter.parse(
                    List.of(upload),
                    part -> {
                        named.add(part);
                        return Optional.of(InputStream::nullInputStream);
                    },
                    // URLs are checked now, the caller's own job results with the caller's rights.
                    (name, url) -> urls.source(name, url, caller));
        } catch (TapException e) {
            throw new JobRequestException(e.status() == 403 ? FORBIDDEN : BAD_REQUEST, e.getMessage());
        }
        DaliParams form = DaliParams.of(ctx, (status, message) -> new JobRequestException(BAD_REQUEST, message));
        Map<String, Upload.Source> sources = new LinkedHashMap<>();
        for (String part : named) {
            Upload.Source source = form.part(part)
                    .<Upload.Source>map(p -> p::open)
                    .orElseThrow(() -> new JobRequestException(
                            BAD_REQUEST,
                            "UPLOAD names part '" + part + "' but the request has no such multipart part"));
            sources.put(part, source);
            // A part sent as a plain field holds the table: it is stored as an input, not a parameter.
            parameters.remove(part.toLowerCase(java.util.Locale.ROOT));
        }
        return new Parts(sources);
    }

    /**
     * The parts copied to temporary files and checked against the upload limits (bytes, rows, a
     * readable table), before any job changes. Close it to delete the files.
     */
    record Staged(Map<String, Path> files) implements AutoCloseable {

        @Override
        public void close() {
            for (Path file : files.values()) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless; the OS cleans its temp directory
                }
            }
        }
    }

    static Staged stage(Parts parts, UploadLoader limits) throws JobRequestException {
        Staged staged = new Staged(new LinkedHashMap<>());
        try {
            for (Map.Entry<String, Upload.Source> part : parts.sources().entrySet()) {
                Path file = limits.spool(new Upload(part.getKey(), part.getValue()));
                staged.files().put(part.getKey(), file);
                limits.check(file, part.getKey());
            }
            return staged;
        } catch (TapException e) {
            staged.close();
            if (e.status() >= 500) {
                // The server could not store the part: its fault, answered (and logged) as a 500.
                throw new IllegalStateException(e.getMessage(), e);
            }
            throw new JobRequestException(BAD_REQUEST, e.getMessage());
        } catch (IOException e) {
            staged.close();
            throw new JobRequestException(BAD_REQUEST, "cannot read the uploaded tables: " + e.getMessage());
        }
    }

    /**
     * How {@code changes} (a POST to a job or its parameters) apply: UPLOAD adds its tables to those
     * the job already has (see {@link UploadParameter#merge}); every other parameter is replaced.
     */
    static ParameterUpdate update(Map<String, String> changes) {
        Map<String, String> copy = Map.copyOf(changes);
        return current -> {
            String added = copy.get("upload");
            if (added == null) {
                return copy;
            }
            Map<String, String> merged = new LinkedHashMap<>(copy);
            merged.put("upload", UploadParameter.merge(current.get("upload"), added));
            return merged;
        };
    }

    /**
     * The job's uploads as the query runner takes them: inline parts read back from the FileStore,
     * URLs read as {@code owner} may (own job results) or through the guarded fetcher.
     */
    static List<Upload> of(Job job, FileStore files, UploadUrls urls, Caller owner) throws JobFailedException {
        String upload = job.parameter("upload");
        if (upload == null || upload.isBlank()) {
            return List.of();
        }
        try {
            return UploadParameter.parse(
                    List.of(upload),
                    part -> {
                        String key = job.inputs().get(part);
                        return key != null && files.exists(key) ? Optional.of(() -> files.open(key)) : Optional.empty();
                    },
                    (name, url) -> urls.source(name, url, owner));
        } catch (TapException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }
}
