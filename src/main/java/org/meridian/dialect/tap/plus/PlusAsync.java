// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import io.javalin.http.Context;
import java.util.Map;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.ParameterUpdate;
import org.meridian.dialect.tap.async.TapAsyncRoutes;
import org.meridian.vo.uws.AsyncService;
import org.meridian.vo.uws.JobInput;

/**
 * TAP async at Gaia's path, {@code /tap-server/tap/async}: the same jobs and parameters as
 * {@code /tap/async}, with job URLs under this path (TapPlus builds every job URL from its own base).
 */
record PlusAsync(TapAsyncRoutes tap) implements AsyncService {

    static final String LIST_PATH = "/tap-server/tap/async";

    @Override
    public String listPath() {
        return LIST_PATH;
    }

    @Override
    public JobInput read(Context ctx, Caller caller) throws JobRequestException {
        return tap.read(ctx, caller);
    }

    @Override
    public ParameterUpdate update(Map<String, String> changes) {
        return tap.update(changes);
    }
}
