// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import io.javalin.http.HttpResponseException;

/**
 * A caller's mistake, answered as MAST does: {@code {"status":"ERROR","msg":...}} with a 4xx status
 * ({@code MastRoutes} words it; Javalin's own answer for its {@link HttpResponseException} is never used).
 */
public final class MastException extends HttpResponseException {

    public MastException(int status, String message) {
        super(status, message);
    }

    public static MastException badRequest(String message) {
        return new MastException(400, message);
    }
}
