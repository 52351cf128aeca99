// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Map;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.JobRequestException;
import org.meridian.vo.uws.AsyncService;
import org.meridian.vo.uws.JobInput;
import org.meridian.vo.uws.UwsParams;

/**
 * How {@code /soda/async} reads a job's parameters: a job created with a request SODA would refuse
 * is refused at creation, in the same words as {@code /soda/sync}.
 *
 * @param cutouts plans a new job's cutout as {@code /soda/sync} would
 */
record SodaJobRequests(Cutouts cutouts) implements AsyncService {

    static final String LIST_PATH = "/soda/async";

    @Override
    public JobInput read(Context ctx, Caller caller) throws JobRequestException {
        UwsParams request = UwsParams.of(ctx);
        Map<String, String> parameters = request.except("phase", "runid");
        if (ctx.path().equals(LIST_PATH)) {
            check(caller, parameters);
        }
        // A change to a pending job's parameters is checked when it runs, with all of them.
        return new JobInput(request, parameters, Map.of(), () -> {});
    }

    /** A new job's cutout, planned as /soda/sync would plan it: refused now rather than failed later. */
    private void check(Caller caller, Map<String, String> parameters) throws JobRequestException {
        Cutouts.Plan plan;
        try {
            plan = cutouts.plan(caller, SodaJobExecutor.params(parameters));
        } catch (SQLException e) {
            throw new IllegalStateException("the archive database did not answer: " + e.getMessage(), e);
        }
        switch (plan) {
            case Cutouts.Refused(SodaFault fault) ->
                throw new JobRequestException(JobRequestException.Kind.BAD_REQUEST, fault.getMessage());
            case Cutouts.NotAuthorized(String dpId) ->
                throw new JobRequestException(
                        JobRequestException.Kind.FORBIDDEN, "NotAuthorizedFault: " + dpId + " is proprietary");
            case Cutouts.Ready ready -> {}
        }
    }

    @Override
    public String listPath() {
        return LIST_PATH;
    }
}
