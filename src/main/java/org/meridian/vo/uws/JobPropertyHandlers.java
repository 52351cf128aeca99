// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.uws;

import static org.meridian.core.uws.JobRequestException.Kind.BAD_REQUEST;
import static org.meridian.core.uws.JobRequestException.Kind.NOT_FOUND;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.JobResult;
import org.meridian.core.uws.Jobs;
import org.meridian.store.FileStore;
import org.meridian.vo.dali.VoTableDocuments;
import org.meridian.web.StoredBytes;

/** The sub-resources of a job: phase, quote, executionduration, destruction, error, parameters, results, owner. */
final class JobPropertyHandlers {

    private static final String TEXT = "text/plain; charset=UTF-8";

    private final Jobs jobs;
    private final FileStore files;
    private final AsyncService service;
    private final JobUrls urls;

    JobPropertyHandlers(Jobs jobs, FileStore files, AsyncService service, JobUrls urls) {
        this.jobs = jobs;
        this.files = files;
        this.service = service;
        this.urls = urls;
    }

    void phase(Context ctx, Caller caller) throws SQLException, JobRequestException {
        text(ctx, job(ctx, caller).phase().name());
    }

    /** POST phase: PHASE=RUN queues, PHASE=ABORT aborts; 303 back to the job. */
    void changePhase(Context ctx, Caller caller) throws SQLException, JobRequestException {
        String id = ctx.pathParam("id");
        String phase = UwsParams.of(ctx).get("PHASE");
        switch (phase == null ? "" : phase.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "RUN" -> jobs.run(caller, id);
            case "ABORT" -> jobs.abort(caller, id);
            default -> throw new JobRequestException(BAD_REQUEST, "PHASE must be RUN or ABORT, not " + phase);
        }
        backToJob(ctx);
    }

    /**
     * UWS 1.1 section 2.2.3.3: the quote is the service's estimate of when the job will complete,
     * and "if the UWS does not support quotes" it is left empty (xsi:nil in the job document). A
     * query's run time cannot be estimated honestly before PostgreSQL plans it against the
     * access-filtered views, so no service here gives a quote rather than an invented one.
     */
    void quote(Context ctx, Caller caller) throws SQLException, JobRequestException {
        Job job = job(ctx, caller);
        text(ctx, job.quote() == null ? "" : UwsXml.time(job.quote()));
    }

    void executionDuration(Context ctx, Caller caller) throws SQLException, JobRequestException {
        text(ctx, Long.toString(job(ctx, caller).executionDuration().toSeconds()));
    }

    void changeExecutionDuration(Context ctx, Caller caller) throws SQLException, JobRequestException {
        Duration requested = JobListHandlers.executionDuration(required(ctx, "EXECUTIONDURATION"));
        jobs.setExecutionDuration(caller, ctx.pathParam("id"), requested);
        backToJob(ctx);
    }

    void destruction(Context ctx, Caller caller) throws SQLException, JobRequestException {
        text(ctx, UwsXml.time(job(ctx, caller).destruction()));
    }

    void changeDestruction(Context ctx, Caller caller) throws SQLException, JobRequestException {
        String value = required(ctx, "DESTRUCTION");
        jobs.setDestruction(caller, ctx.pathParam("id"), UwsParams.instant("DESTRUCTION", value));
        backToJob(ctx);
    }

    /** GET error: the DALI error document (a VOTable) of a job in ERROR. */
    void error(Context ctx, Caller caller) throws SQLException, JobRequestException {
        Job job = job(ctx, caller);
        if (job.error() == null) {
            throw new JobRequestException(NOT_FOUND, "job " + job.id() + " has no error; it is " + job.phase());
        }
        ctx.contentType(VoTableDocuments.MIME)
                .result(VoTableDocuments.error(job.error().message()));
    }

    void parameters(Context ctx, Caller caller) throws SQLException, JobRequestException {
        ctx.contentType(UwsXml.CONTENT_TYPE).result(UwsXml.parameters(job(ctx, caller)));
    }

    /**
     * POST parameters (UWS 1.1 section 2.2.3.6): while the job is PENDING, adds or replaces
     * parameters, read as at creation (url-encoded or multipart) by the service, which says how they
     * apply (TAP: UPLOAD adds its tables); input files are stored with the job. Past PENDING, 409 and nothing changes.
     */
    void changeParameters(Context ctx, Caller caller) throws SQLException, JobRequestException, IOException {
        try (JobInput request = service.read(ctx, caller)) {
            jobs.update(caller, ctx.pathParam("id"), service.update(request.parameters()), request.files());
        }
        backToJob(ctx);
    }

    void results(Context ctx, Caller caller) throws SQLException, JobRequestException {
        Job job = job(ctx, caller);
        ctx.contentType(UwsXml.CONTENT_TYPE).result(UwsXml.results(job, urls.job(ctx, job.id())));
    }

    /** GET results/{name}: streams the stored result. */
    void result(Context ctx, Caller caller) throws SQLException, JobRequestException, IOException {
        Job job = job(ctx, caller);
        String name = ctx.pathParam("name");
        JobResult result = job.results().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new JobRequestException(
                        NOT_FOUND, "job " + job.id() + " has no result " + name + "; it is " + job.phase()));
        ctx.contentType(result.mimeType());
        StoredBytes.send(ctx, result.size(), () -> files.open(result.storageKey()));
    }

    void owner(Context ctx, Caller caller) throws SQLException, JobRequestException {
        String owner = job(ctx, caller).ownerName();
        text(ctx, owner == null ? "" : owner);
    }

    private Job job(Context ctx, Caller caller) throws SQLException, JobRequestException {
        return jobs.get(caller, ctx.pathParam("id"));
    }

    private static String required(Context ctx, String name) throws JobRequestException {
        String value = UwsParams.of(ctx).get(name);
        if (value == null || value.isBlank()) {
            throw new JobRequestException(BAD_REQUEST, name + " is required");
        }
        return value;
    }

    private static void text(Context ctx, String body) {
        ctx.contentType(TEXT).result(body);
    }

    private void backToJob(Context ctx) {
        ctx.redirect(urls.job(ctx, ctx.pathParam("id")), HttpStatus.SEE_OTHER);
    }
}
