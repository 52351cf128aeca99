// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.uws;

import static org.meridian.core.uws.JobRequestException.Kind.BAD_REQUEST;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
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

/** The job list itself: list the caller's jobs (UWS 1.1 filters) and create a job. */
record JobListHandlers(Jobs jobs, AsyncService service, JobUrls urls) {

    /** GET list?PHASE=..&PHASE=..&AFTER=..&LAST=.. */
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
        ctx.contentType(UwsXml.CONTENT_TYPE).result(UwsXml.jobs(jobs.list(caller, filter), urls.list(ctx)));
    }

    /**
     * POST list: a new job, PENDING or (PHASE=RUN) queued, with its input files (TAP: inline UPLOAD parts) stored;
     * 303 to its absolute URL.
     */
    void create(Context ctx, Caller caller) throws SQLException, JobRequestException, IOException {
        try (JobInput request = service.read(ctx, caller)) {
            String phase = request.request().get("PHASE");
            boolean run = false;
            if (phase != null) {
                run = phase.trim().equalsIgnoreCase("RUN");
                if (!run) {
                    throw new JobRequestException(BAD_REQUEST, "PHASE at job creation may only be RUN, not " + phase);
                }
            }
            // UWS 1.1 lets the creating POST carry the job's properties as well as its parameters.
            Duration execution = executionDuration(request.request().get("EXECUTIONDURATION"));
            String destructionValue = request.request().get("DESTRUCTION");
            Instant destruction = destructionValue == null ? null : UwsParams.instant("DESTRUCTION", destructionValue);
            boolean runAtOnce = run && !request.hasFiles() && execution == null && destruction == null;
            Job job = jobs.submit(caller, request.request().get("RUNID"), request.parameters(), runAtOnce);
            try {
                if (execution != null) {
                    jobs.setExecutionDuration(caller, job.id(), execution);
                }
                if (destruction != null) {
                    jobs.setDestruction(caller, job.id(), destruction);
                }
                if (request.hasFiles()) {
                    jobs.update(caller, job.id(), ParameterUpdate.replacing(Map.of()), request.files());
                }
            } catch (IOException | SQLException | JobRequestException e) {
                jobs.delete(caller, job.id());
                throw e;
            }
            if (run && !runAtOnce) {
                jobs.run(caller, job.id());
            }
            ctx.redirect(urls.job(ctx, job.id()), HttpStatus.SEE_OTHER);
        }
    }

    /** The EXECUTIONDURATION asked for at creation, in seconds (0: as long as the service allows), or null. */
    static Duration executionDuration(String value) throws JobRequestException {
        if (value == null) {
            return null;
        }
        long seconds = UwsParams.integer("EXECUTIONDURATION", value);
        if (seconds < 0) {
            throw new JobRequestException(BAD_REQUEST, "EXECUTIONDURATION must be seconds, 0 or more: " + value);
        }
        return Duration.ofSeconds(seconds);
    }
}
