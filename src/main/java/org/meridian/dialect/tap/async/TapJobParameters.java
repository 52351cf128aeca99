// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import static org.meridian.core.uws.JobRequestException.Kind.BAD_REQUEST;

import java.util.Map;
import org.meridian.core.uws.JobRequestException;
import org.meridian.vo.uws.UwsParams;

/**
 * The TAP 1.1 parameters an async job takes. Only malformed values are refused at creation; a
 * well-formed but unacceptable query (unknown LANG or REQUEST) is a job that ends in ERROR, as
 * TAP 1.1 section 2.7.2 and taplint expect.
 */
final class TapJobParameters {

    /** UWS control parameters: they act on the job and are not stored among its parameters. */
    static final String[] CONTROL = {"phase", "runid", "action", "executionduration", "destruction"};

    private TapJobParameters() {}

    static void check(Map<String, String> parameters) throws JobRequestException {
        String maxrec = parameters.get("maxrec");
        if (maxrec != null && UwsParams.integer("MAXREC", maxrec) < 0) {
            throw new JobRequestException(BAD_REQUEST, "MAXREC must not be negative");
        }
    }
}
