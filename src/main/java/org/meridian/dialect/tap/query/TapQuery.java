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
 */
public record TapQuery(
        String adql, Caller caller, Long maxrec, ResultFormat format, List<Upload> uploads, Duration timeout) {

    public TapQuery {
        uploads = List.copyOf(uploads);
    }

    public TapQuery(String adql, Caller caller, Long maxrec, ResultFormat format, List<Upload> uploads) {
        this(adql, caller, maxrec, format, uploads, null);
    }
}
