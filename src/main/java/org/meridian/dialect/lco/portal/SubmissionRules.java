// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.core.observing.DurationTotals;
import org.meridian.core.observing.Ipp;
import org.meridian.core.observing.Request;
import org.meridian.core.observing.RequestDuration;
import org.meridian.core.observing.Semester;
import org.meridian.core.observing.TelescopeNetwork;
import org.meridian.core.observing.UserRequest;
import org.meridian.core.observing.Visibility;

/** Valhalla's checks that need the database or the sky: membership, visibility, time and IPP (docs/lco-observing.md). */
final class SubmissionRules {
    static final double OVERHEAD_ALLOWANCE = 1.1;
    static final String NO_ALLOCATION =
            "You do not have sufficient time allocated on the instrument you're requesting for this proposal.";

    /** A checked submission: the cleaned payload, errors, request_durations and each request's seconds. */
    record Checked(ObjectNode cleaned, DrfErrors errors, ObjectNode durations, List<Long> seconds, UserRequest core) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    private final TelescopeNetwork network;
    private final RequestDuration durations;
    private final Visibility visibility;

    SubmissionRules(TelescopeNetwork network) {
        this.network = network;
        this.durations = new RequestDuration(network);
        this.visibility = new Visibility(network);
    }

    Checked check(Connection c, JsonNode payload, Caller caller, Instant now) throws SQLException {
        List<Semester> semesters = ProposalStore.semesters(c);
        Submission s = Submission.read(payload, network, semesters, now);
        ObjectNode reqDurations = JsonNodeFactory.instance.objectNode();
        if (!s.valid()) {
            return new Checked(s.cleaned(), s.errors(), reqDurations, List.of(), null);
        }
        DrfErrors errors = s.errors();
        ObjectNode cleaned = s.cleaned();
        String proposal = cleaned.path("proposal").asText();
        if (!ProposalStore.exists(c, proposal)) {
            errors.add("proposal", "Invalid pk \"" + proposal + "\" - object does not exist.");
            return new Checked(cleaned, errors, reqDurations, List.of(), null);
        }
        if (!Access.mayActFor(caller, proposal)) {
            errors.add("proposal", "You do not belong to the proposal you are trying to submit");
            return new Checked(cleaned, errors, reqDurations, List.of(), null);
        }
        List<Long> seconds = requests(cleaned, errors, reqDurations);
        if (!errors.isEmpty()) {
            return new Checked(cleaned, errors, reqDurations, seconds, null);
        }
        UserRequest core = CoreMapping.userRequest(cleaned);
        Map<DurationTotals.Key, Double> totals = DurationTotals.hours(core, semesters, durations);
        timeLimit(c, caller, proposal, totals, errors);
        allocations(c, core, totals, errors, now, seconds);
        if (errors.isEmpty()) {
            ipp(c, core, totals, errors);
        }
        return new Checked(cleaned, errors, reqDurations, seconds, core);
    }

    /** Durations, fill_window and visibility per request; fills request_durations. */
    private List<Long> requests(ObjectNode cleaned, DrfErrors errors, ObjectNode out) {
        ArrayNode requests = (ArrayNode) cleaned.get("requests");
        ArrayNode durationList = JsonNodeFactory.instance.arrayNode();
        List<Long> seconds = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < requests.size(); i++) {
            ObjectNode r = (ObjectNode) requests.get(i);
            DrfErrors e = errors.item("requests", i, requests.size());
            Request request;
            try {
                request = CoreMapping.request(r);
            } catch (IllegalArgumentException ex) {
                request = null;
            }
            long largest =
                    request == null ? 0 : visibility.largestInterval(request).getSeconds();
            if (request != null) {
                request = fillWindow(r, request, largest);
            }
            long duration = durations.seconds(request != null ? request.molecules() : molecules(r));
            ObjectNode d = durationList.addObject();
            d.put("duration", duration);
            ArrayNode mols = d.putArray("molecules");
            for (JsonNode m : r.path("molecules")) {
                mols.addObject().put("duration", durations.perExposure(CoreMapping.molecule(m)));
            }
            d.put("largest_interval", Math.max(0, largest - 16));
            if (largest <= 0) {
                e.nonField("According to the constraints of the request, the target is never visible within the time"
                        + " window. Check that the target is in the nighttime sky. Consider modifying the time window"
                        + " or loosening the airmass or lunar separation constraints. If the target is non sidereal,"
                        + " double check that the provided elements are correct.");
            } else if (largest <= duration) {
                e.nonField(String.format(
                        Locale.ROOT,
                        "According to the constraints of the request, the target is visible for a maximum of %.2f"
                                + " hours within the time window. This is less than the duration of your request"
                                + " %.2f hours. Consider expanding the time window or loosening the airmass or lunar"
                                + " separation constraints.",
                        largest / 3600.0,
                        duration / 3600.0));
            }
            seconds.add(duration);
            total += duration;
        }
        out.set("requests", durationList);
        out.put("duration", total);
        return seconds;
    }

    /** The molecules alone: a target rise_set cannot follow still has a duration. */
    private static List<org.meridian.core.observing.Molecule> molecules(JsonNode r) {
        List<org.meridian.core.observing.Molecule> out = new ArrayList<>();
        r.path("molecules").forEach(m -> out.add(CoreMapping.molecule(m)));
        return out;
    }

    private Request fillWindow(ObjectNode r, Request request, long largest) {
        ArrayNode molecules = (ArrayNode) r.get("molecules");
        for (int i = 0; i < molecules.size(); i++) {
            if (molecules.get(i).path("fill_window").asBoolean(false)) {
                Request filled = durations.fillWindow(request, i, largest);
                ((ObjectNode) molecules.get(i))
                        .put("exposure_count", filled.molecules().get(i).exposureCount());
                ((ObjectNode) molecules.get(i)).remove("fill_window");
                return filled;
            }
        }
        return request;
    }

    private static void timeLimit(
            Connection c, Caller caller, String proposal, Map<DurationTotals.Key, Double> totals, DrfErrors errors)
            throws SQLException {
        if (caller.accountId() == null) {
            return;
        }
        Optional<Double> limit = ProposalStore.timeLimit(c, caller.accountId(), proposal);
        if (limit.isEmpty() || limit.get() < 0) {
            return;
        }
        double wanted =
                totals.values().stream().mapToDouble(Double::doubleValue).sum() * 3600;
        if (ProposalStore.usedSeconds(c, caller.accountId(), proposal) + wanted > limit.get()) {
            errors.nonField("This user has exceeded the time limit set by their proposal PI.");
        }
    }

    private static void allocations(
            Connection c,
            UserRequest ur,
            Map<DurationTotals.Key, Double> totals,
            DrfErrors errors,
            Instant now,
            List<Long> seconds)
            throws SQLException {
        boolean too = ur.observationType() == UserRequest.ObservationType.TARGET_OF_OPPORTUNITY;
        for (Map.Entry<DurationTotals.Key, Double> e : totals.entrySet()) {
            DurationTotals.Key k = e.getKey();
            Optional<ProposalStore.Allocation> a =
                    ProposalStore.allocation(c, ur.proposal(), k.semester(), k.telescopeClass(), k.instrument());
            if (a.isEmpty()) {
                errors.nonField(NO_ALLOCATION);
                return;
            }
            double available = too
                    ? a.get().tooAllocation() - a.get().tooTimeUsed()
                    : a.get().stdAllocation() - a.get().stdTimeUsed();
            String kind = too ? "TARGET_OF_OPPORTUNITY" : "NORMAL";
            if (available <= 0) {
                errors.nonField("Proposal " + ur.proposal() + " does not have any " + kind + " time left allocated in"
                        + " semester " + k.semester() + " on " + k.telescopeClass() + " telescopes");
            } else if (available * OVERHEAD_ALLOWANCE < e.getValue()) {
                errors.nonField("Proposal " + ur.proposal() + " does not have enough " + kind + " time allocated in"
                        + " semester " + k.semester() + " on " + k.telescopeClass() + " telescopes");
            }
        }
        if (too) {
            for (int i = 0; i < ur.requests().size(); i++) {
                for (var w : ur.requests().get(i).windows()) {
                    if (w.start().isAfter(now)) {
                        errors.nonField("The Target of Opportunity windows must start now or in the past.");
                        return;
                    }
                    if (Duration.between(now, w.end()).getSeconds() > seconds.get(i) + 86_400) {
                        errors.nonField("The Target of Opportunity window must end within 24 hours of the end of"
                                + " the request's duration.");
                        return;
                    }
                }
            }
        }
    }

    /** valhalla's validate_ipp: walk the keys, each needs (ipp−1) × hours of the running available time. */
    private static void ipp(Connection c, UserRequest ur, Map<DurationTotals.Key, Double> totals, DrfErrors errors)
            throws SQLException {
        Map<Long, Double> running = new HashMap<>();
        for (Map.Entry<DurationTotals.Key, Double> e : totals.entrySet()) {
            DurationTotals.Key k = e.getKey();
            ProposalStore.Allocation a = ProposalStore.allocation(
                            c, ur.proposal(), k.semester(), k.telescopeClass(), k.instrument())
                    .orElseThrow();
            double available = running.getOrDefault(a.id(), a.ippTimeAvailable());
            try {
                running.put(
                        a.id(),
                        Ipp.validate(
                                ur.ippValue(),
                                available,
                                e.getValue(),
                                ur.observationType().name(),
                                k.instrument()));
            } catch (Ipp.InsufficientIpp ex) {
                // valhalla reports the exception's repr, not its message
                errors.nonField("TimeAllocationError('" + ex.getMessage() + "')");
                return;
            }
        }
    }
}
