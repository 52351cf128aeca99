// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.upload;

import static org.meridian.core.uws.JobRequestException.Kind.NOT_FOUND;

import java.net.URI;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.JobResult;
import org.meridian.core.uws.Jobs;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.store.FileStore;
import org.meridian.web.fetch.FetchException;
import org.meridian.web.fetch.FetchLimits;
import org.meridian.web.fetch.FetchPolicy;
import org.meridian.web.fetch.GuardedFetcher;

/**
 * Where the bytes of an http(s) UPLOAD come from. A URL of one of this service's own async job
 * results ({@code .../tap/async/<id>/results/<name>} with {@code <id>} a job here, whatever host
 * the client calls the service by) is read from the job store with the rights of the caller who
 * named it: fetched over HTTP it would go out anonymously, and a server fetching its own URLs is a
 * way round every check. Any other URL goes through the {@link GuardedFetcher}.
 *
 * @param jobs the TAP async jobs whose results may be uploaded by URL
 */
public record UploadUrls(GuardedFetcher fetcher, Jobs jobs, FileStore files) {

    /** URL uploads refused, own job results included (a TAP service without async jobs). */
    public static final UploadUrls NONE =
            new UploadUrls(new GuardedFetcher(FetchPolicy.NONE, FetchLimits.UPLOADS), null, null);

    private static final Pattern OWN_RESULT = Pattern.compile(".*/tap/async/([^/]+)/results/([^/]+)");

    /** The source of table {@code name} at {@code url}, as {@code caller} may read it. */
    public Upload.Source source(String name, URI url, Caller caller) throws TapException {
        Matcher own = OWN_RESULT.matcher(url.getRawPath() == null ? "" : url.getRawPath());
        if (jobs != null && own.matches()) {
            Upload.Source stored = ownResult(name, own.group(1), own.group(2), caller);
            if (stored != null) {
                return stored;
            }
        }
        try {
            fetcher.check(url);
        } catch (FetchException e) {
            throw TapException.badRequest("upload " + name + ": " + e.getMessage());
        }
        return () -> fetcher.open(url);
    }

    /** The stored result, or null when there is no such job here (the URL is someone else's). */
    private Upload.Source ownResult(String name, String id, String result, Caller caller) throws TapException {
        Job job;
        try {
            job = jobs.get(caller, id);
        } catch (JobRequestException e) {
            if (e.kind() == NOT_FOUND) {
                return null;
            }
            throw new TapException(403, "upload " + name + ": job " + id + " is not yours, nor are its results");
        } catch (SQLException e) {
            throw new TapException(500, "upload " + name + ": cannot look up job " + id, e);
        }
        JobResult stored = job.results().stream()
                .filter(r -> r.name().equals(result))
                .findFirst()
                .orElseThrow(() -> TapException.badRequest(
                        "upload " + name + ": job " + id + " has no result " + result + "; it is " + job.phase()));
        return () -> files.open(stored.storageKey());
    }
}
