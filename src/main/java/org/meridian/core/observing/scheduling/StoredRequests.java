// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.scheduling;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meridian.core.observing.Request;
import org.meridian.core.observing.requests.ObservationRequest;
import org.meridian.core.observing.requests.RequestGroup;
import org.meridian.core.observing.requests.RequestRepository;
import org.meridian.core.observing.requests.StoredGroupRequest;
import org.meridian.core.observing.requests.TargetSpec;

/**
 * A stored Request as the scheduler sees it: one core Request per configuration (its target and
 * constraints), or none when a configuration's target cannot be followed.
 */
final class StoredRequests {

    /** A stored request with what the scheduler needs besides the core record. */
    record Stored(
            long id,
            long userRequestId,
            String proposal,
            String groupId,
            String submitter,
            RequestGroup.ObservationType observationType,
            long durationSecs,
            String targetName,
            Double ra,
            Double dec,
            List<Request> views) {

        /** The view of the first configuration: its target is the one the frames are named after. */
        Request request() {
            return views.get(0);
        }
    }

    private StoredRequests() {}

    /** The request, or empty when its target is one rise_set cannot follow (never schedulable). */
    static Optional<Stored> load(Connection c, long id) throws SQLException {
        Optional<StoredGroupRequest> found = RequestRepository.request(c, id);
        if (found.isEmpty()) return Optional.empty();
        StoredGroupRequest s = found.get();
        ObservationRequest r = s.request();
        List<Request> views = new ArrayList<>();
        try {
            for (Optional<Request> view : r.schedulingViews()) {
                if (view.isEmpty()) return Optional.empty();
                views.add(view.get());
            }
        } catch (IllegalArgumentException e) {
            // a stored target that no longer validates is not scheduled
            return Optional.empty();
        }
        TargetSpec target = r.configurations().get(0).target();
        Double ra = target instanceof TargetSpec.Icrs i ? i.ra() : null;
        Double dec = target instanceof TargetSpec.Icrs i ? i.dec() : null;
        return Optional.of(new Stored(
                id,
                s.groupId(),
                s.proposal(),
                s.groupName(),
                s.submitter(),
                s.observationType(),
                r.durationSecs(),
                target.name(),
                ra,
                dec,
                List.copyOf(views)));
    }
}
