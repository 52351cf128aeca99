// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

/** A stored Request with what the scheduler and the request views need of its group. */
public record StoredGroupRequest(
        long groupId,
        String proposal,
        String groupName,
        String submitter,
        RequestGroup.ObservationType observationType,
        double ippValue,
        ObservationRequest request) {}
