// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.datalink;

import java.sql.SQLException;
import org.meridian.core.auth.Caller;
import org.meridian.vo.dali.DaliParams;

/**
 * What a DataLink-shaped endpoint answers for one identifier: {@code /datalink/links} lists a
 * dataset's links, {@code /calselector/associations} its calibrations. {@link DatalinkHandler}
 * reads the request and writes the answer for both.
 */
public interface LinkSource {

    /** What makes this endpoint's own parameters unanswerable (a UsageFault), or null. */
    default String problem(DaliParams params) {
        return null;
    }

    /**
     * @param base the server's URL as the client reached it, for absolute links
     * @param index this identifier's position in the request, which keeps descriptor IDs unique
     */
    DatasetLinks.Answer of(Caller caller, String id, DaliParams params, String base, int index) throws SQLException;
}
