// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import static org.meridian.core.uws.JobRequestException.Kind.BAD_REQUEST;

import java.util.Locale;
import java.util.Map;
import org.meridian.core.uws.JobRequestException;

/**
 * The TAP 1.1 parameters an async job takes, checked when they arrive so a client learns of an
 * obviously wrong request at once rather than from an ERROR phase later.
 */
final class TapJobParameters {

    /** UWS control parameters: they act on the job and are not stored among its parameters. */
    static final String[] CONTROL = {"phase", "runid", "action", "executionduration", "destruction"};

    private TapJobParameters() {}

    static void check(Map<String, String> parameters) throws JobRequestException {
        String request = parameters.get("request");
        if (request != null && !request.equalsIgnoreCase("doQuery")) {
            throw new JobRequestException(BAD_REQUEST, "REQUEST must be doQuery, not " + request);
        }
        String lang = parameters.get("lang");
        if (lang != null && !lang.toUpperCase(Locale.ROOT).startsWith("ADQL")) {
            throw new JobRequestException(BAD_REQUEST, "unsupported LANG " + lang + "; this service speaks ADQL");
        }
        String maxrec = parameters.get("maxrec");
        if (maxrec != null && UwsParams.integer("MAXREC", maxrec) < 0) {
            throw new JobRequestException(BAD_REQUEST, "MAXREC must not be negative");
        }
    }
}
