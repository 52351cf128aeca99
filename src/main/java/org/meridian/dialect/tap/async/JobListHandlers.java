// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import static org.meridian.core.uws.JobRequestException.Kind.BAD_REQUEST;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobFilter;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.Jobs;
import org.meridian.core.uws.ParameterUpdate;
import org.meridian.core.uws.Phase;

/** {@code /tap/async} itself: list the caller's jobs (UWS 1.1 filters) and create a job. */
final class JobListHandlers {

    private final Jobs jobs;
    private final AsyncUploadRules uploads;

    JobListHandlers(Jobs jobs, AsyncUploadRules uploads) {
        this.jobs = jobs;
        this.uploads = uploads;
    }

    /** GET /tap/async?PHASE=..&PHASE=..&AFTER=..&LAST=.. */
    void list(Context ctx, Caller caller) throws SQLException, JobRequestException {
        UwsParams params = UwsParams.of(ctx);
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (String p : params.all("PHASE")) {
            phases.add(Phase.parse(p).orElseThrow(() -> new JobRequestException(BAD_REQUEST, "unknown PHASE " + p)));
        }
        String after = params.get("AFTER");
        String last = params.get("LAST");
        Instant afterTime = after == null ? null : UwsParams.instant("AFTER", after);
        Integer lastCount = null;
        if (last != null) {
            long n = UwsParams.integer("LAST", last);
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new JobRequestException(BAD_REQUEST, "LAST must be a non-negative integer");
            }
            lastCount = (int) n;
        }
        JobFilter filter = new JobFilter(phases, afterTime, lastCount);
        ctx.contentType(UwsXml.CONTENT_TYPE).result(UwsXml.jobs(jobs.list(caller, filter), AsyncUrls.list(ctx)));
    }

    /**
     * POST /tap/async: a new job, PENDING or (PHASE=RUN) queued, with its inline UPLOAD parts stored;
     * 303 to its absolute URL.
     */
    void create(Context ctx, Caller caller) throws SQLException, JobRequestException, IOException {
        try (TapJobRequest request = TapJobRequest.read(ctx, uploads, caller)) {
            String phase = request.request().get("PHASE");
            boolean run = false;
            if (phase != null) {
                run = phase.trim().equalsIgnoreCase("RUN");
                if (!run) {
                    throw new JobRequestException(BAD_REQUEST, "PHASE at job creation may only be RUN, not " + phase);
                }
            }
            Job job = jobs.submit(
                    caller, request.request().get("RUNID"), request.parameters(), run && !request.hasUploads());
            if (request.hasUploads()) {
                try {
                    jobs.update(
                            caller,
                            job.id(),
                            ParameterUpdate.replacing(Map.of()),
                            request.uploads().files());
                } catch (IOException | SQLException | JobRequestException e) {
                    jobs.delete(caller, job.id());
                    throw e;
                }
                if (run) {
                    jobs.run(caller, job.id());
                }
            }
            ctx.redirect(AsyncUrls.job(ctx, job.id()), HttpStatus.SEE_OTHER);
        }
    }
}
