// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import java.time.Duration;
import java.util.List;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.upload.Upload;
import org.meridian.vo.output.ResultFormat;

/**
 * One ADQL query to run, as the sync endpoint and the async worker both describe it.
 *
 * @param maxrec the caller's MAXREC, or null for the default
 * @param timeout the statement timeout, or null for the service's sync timeout
 * @param baseUrl the server's URL as the client reached it, which makes the published access URLs
 *     absolute (V15), or null to leave them relative
 */
public record TapQuery(
        String adql,
        Caller caller,
        Long maxrec,
        ResultFormat format,
        List<Upload> uploads,
        Duration timeout,
        String baseUrl) {

    public TapQuery {
        uploads = List.copyOf(uploads);
    }

    public TapQuery(
            String adql, Caller caller, Long maxrec, ResultFormat format, List<Upload> uploads, Duration timeout) {
        this(adql, caller, maxrec, format, uploads, timeout, null);
    }

    /** The same query, its access URLs made absolute against {@code base}. */
    public TapQuery withBaseUrl(String base) {
        return new TapQuery(adql, caller, maxrec, format, uploads, timeout, base);
    }

    public TapQuery(String adql, Caller caller, Long maxrec, ResultFormat format, List<Upload> uploads) {
        this(adql, caller, maxrec, format, uploads, null);
    }
}
