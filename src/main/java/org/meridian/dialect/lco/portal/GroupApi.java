// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.meridian.core.auth.Caller;
import org.meridian.core.observing.Semester;
import org.meridian.core.observing.requests.ObservationRequest;
import org.meridian.core.observing.requests.RequestGroup;

/**
 * One of the portal's two request APIs over the same stored groups: how it reads and checks a
 * payload and how it writes a group. {@link #VALHALLA} is {@code /api/userrequests/},
 * {@link #PORTAL} the current portal's {@code /api/requestgroups/}.
 */
record GroupApi(Checker checker, Reader reader, Function<RequestGroup, ObjectNode> writer) {

    interface Checker {
        SubmissionRules.Checked check(SubmissionRules rules, Connection c, JsonNode payload, Caller caller, Instant now)
                throws SQLException;
    }

    interface Reader {
        Submission<ObservationRequest> read(
                SubmissionRules rules, JsonNode payload, List<Semester> semesters, Instant now);
    }

    static final GroupApi VALHALLA =
            new GroupApi(SubmissionRules::checkUserRequest, SubmissionRules::readUserRequest, UserRequestShape::json);
    static final GroupApi PORTAL = new GroupApi(
            SubmissionRules::checkRequestGroup, SubmissionRules::readRequestGroup, RequestGroupShape::json);
}
