// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.uws;

import static org.meridian.core.uws.JobRequestException.Kind.BAD_REQUEST;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.SQLException;
import java.time.Duration;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.Jobs;
import org.meridian.core.uws.Phase;

/** {@code <list>/{id}}: the job document (with UWS 1.1 blocking WAIT) and its deletion. */
record JobHandlers(Jobs jobs, JobUrls urls) {

    /** GET {id}[?WAIT=n[&PHASE=p]] */
    void get(Context ctx, Caller caller) throws SQLException, JobRequestException, InterruptedException {
        String id = ctx.pathParam("id");
        UwsParams params = UwsParams.of(ctx);
        String wait = params.get("WAIT");
        Job job;
        if (wait == null) {
            job = jobs.get(caller, id);
        } else {
            long seconds = UwsParams.integer("WAIT", wait);
            String phase = params.get("PHASE");
            Phase waitingIn = phase == null
                    ? null
                    : Phase.parse(phase)
                            .orElseThrow(() -> new JobRequestException(BAD_REQUEST, "unknown PHASE " + phase));
            job = jobs.await(caller, id, seconds < 0 ? Jobs.MAX_WAIT : Duration.ofSeconds(seconds), waitingIn);
        }
        ctx.contentType(UwsXml.CONTENT_TYPE).result(UwsXml.job(job, urls.job(ctx, id)));
    }

    /** POST {id} with ACTION=DELETE (the HTML-form spelling of DELETE). */
    void post(Context ctx, Caller caller) throws SQLException, JobRequestException {
        String action = UwsParams.of(ctx).get("ACTION");
        if (action == null || !action.trim().equalsIgnoreCase("DELETE")) {
            throw new JobRequestException(BAD_REQUEST, "POST to a job needs ACTION=DELETE");
        }
        delete(ctx, caller);
    }

    /** DELETE {id}: aborts it if running, deletes it and its results; 303 to the list. */
    void delete(Context ctx, Caller caller) throws SQLException, JobRequestException {
        jobs.delete(caller, ctx.pathParam("id"));
        ctx.redirect(urls.list(ctx), HttpStatus.SEE_OTHER);
    }
}
