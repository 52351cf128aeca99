// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nom.tam.fits.FitsException;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.CancellationToken;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobExecutor;
import org.meridian.core.uws.JobFailedException;
import org.meridian.core.uws.ResultSink;
import org.meridian.vo.dali.DaliParams;

/**
 * Runs a SODA async job: the cutout its parameters describe, planned again with the rights its
 * owner has now (a grant withdrawn since submission stops it), written as the job's one result.
 * A refusal is the job's ERROR, worded as SODA words it.
 */
record SodaJobExecutor(Cutouts cutouts, Accounts accounts) implements JobExecutor {

    static final String JOB_TYPE = "soda";

    @Override
    public void run(Job job, ResultSink results, CancellationToken cancel) throws Exception {
        Caller owner = owner(job);
        Cutouts.Plan plan = cutouts.plan(owner, params(job.parameters()));
        Cutouts.Ready ready =
                switch (plan) {
                    case Cutouts.Refused(SodaFault fault) -> throw new JobFailedException(fault.getMessage());
                    case Cutouts.NotAuthorized(String dpId) ->
                        throw new JobFailedException("NotAuthorizedFault: " + dpId + " is proprietary and not yours");
                    case Cutouts.Ready r -> r;
                };
        results.write("result", "application/fits", out -> {
            try {
                cutouts.write(owner, ready, out);
            } catch (FitsException e) {
                throw new JobFailedException("stored file " + ready.file().name() + " is not readable FITS", e);
            }
        });
    }

    /** A job's parameters as SODA reads them (each a single value, as UWS stores it). */
    static DaliParams params(Map<String, String> parameters) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, List.of(value)));
        return DaliParams.of(values);
    }

    /** Who the job runs as: its owner's rights now, anonymous for an anonymous job. */
    private Caller owner(Job job) throws SQLException, JobFailedException {
        Optional<Caller> owner = job.isAnonymous() ? Optional.of(Caller.ANONYMOUS) : accounts.byId(job.ownerId());
        return owner.orElseThrow(() -> new JobFailedException("the job's owner account no longer exists"));
    }
}
