// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.Jobs;
import org.meridian.core.uws.ParameterUpdate;
import org.meridian.dialect.tap.query.TapLimits;
import org.meridian.dialect.tap.upload.UploadLoader;
import org.meridian.dialect.tap.upload.UploadUrls;
import org.meridian.store.FileStore;
import org.meridian.vo.uws.AsyncService;
import org.meridian.vo.uws.JobInput;
import org.meridian.vo.uws.UwsRoutes;

/**
 * TAP async: the shared UWS 1.1 resource tree ({@link UwsRoutes}) at {@code /tap/async} (or another
 * TAP service's job list), with TAP's
 * job parameters (checked LANG/QUERY/..., UPLOAD parts staged within the upload limits).
 */
public final class TapAsyncRoutes implements AsyncService {

    private final String listPath;
    private final AsyncUploadRules uploads;
    private final UwsRoutes routes;

    /**
     * @param listPath the job list's path: {@code /tap/async}, {@code /tap_obs/async}, ...
     * @param limits the upload limits the query runner applies, checked when uploads arrive
     * @param urls the sources URL uploads may name, checked with the caller's rights when they arrive
     */
    public TapAsyncRoutes(
            String listPath, Jobs jobs, FileStore files, Accounts accounts, TapLimits limits, UploadUrls urls) {
        this.listPath = listPath;
        this.uploads = new AsyncUploadRules(new UploadLoader(limits.uploadMaxBytes(), limits.uploadMaxRows()), urls);
        this.routes = new UwsRoutes(jobs, files, accounts, this);
    }

    public void addTo(JavalinDefaultRoutingApi javalin) {
        routes.addTo(javalin);
    }

    @Override
    public String listPath() {
        return listPath;
    }

    @Override
    public JobInput read(Context ctx, Caller caller) throws JobRequestException {
        TapJobRequest request = TapJobRequest.read(ctx, uploads, caller);
        return new JobInput(
                request.request(), request.parameters(), request.uploads().files(), request::close);
    }

    /** UPLOAD adds its tables to those the job has; every other parameter is replaced. */
    @Override
    public ParameterUpdate update(Map<String, String> changes) {
        return AsyncUploads.update(changes);
    }
}
