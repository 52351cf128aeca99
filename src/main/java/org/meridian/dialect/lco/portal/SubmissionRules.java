// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import org.meridian.core.observing.Intervals;
import org.meridian.core.observing.Ipp;
import org.meridian.core.observing.Molecule;
import org.meridian.core.observing.Request;
import org.meridian.core.observing.RequestDuration;
import org.meridian.core.observing.Semester;
import org.meridian.core.observing.TelescopeNetwork;
import org.meridian.core.observing.UserRequest;
import org.meridian.core.observing.Visibility;
import org.meridian.core.observing.Window;
import org.meridian.core.observing.requests.Configuration;
import org.meridian.core.observing.requests.InstrumentConfig;
import org.meridian.core.observing.requests.ObservationRequest;
import org.meridian.core.observing.requests.Params;
import org.meridian.core.observing.requests.RequestGroup;
import org.meridian.core.observing.requests.RequestRepository;

/**
 * The checks that need the database or the sky (docs/lco-observing.md): membership, visibility,
 * time and IPP, on the model whichever API the group came through. Durations are computed here,
 * once per submission, and travel with the checked group.
 */
final class SubmissionRules {
    static final double OVERHEAD_ALLOWANCE = 1.1;
    static final String NO_ALLOCATION =
            "You do not have sufficient time allocated on the instrument you're requesting for this proposal.";
    static final List<String> PORTAL_OBSERVATION_TYPES = List.of("NORMAL", "RAPID_RESPONSE", "TIME_CRITICAL");

    /**
     * A checked submission.
     *
     * @param group the group with each request's duration set; null when the payload did not read
     * @param durations request_durations as validate answers it
     * @param totals the hours charged per allocation key
     */
    record Checked(RequestGroup group, DrfErrors errors, ObjectNode durations, Map<DurationTotals.Key, Double> totals) {
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

    /** The structural reading of a valhalla UserRequest, its requests in the model. */
    Submission<ObservationRequest> readUserRequest(JsonNode payload, List<Semester> semesters, Instant now) {
        Submission<ObjectNode> s = Submission.read(payload, network, semesters, now);
        List<ObservationRequest> requests = new ArrayList<>();
        if (s.valid()) {
            s.requests().forEach(r -> requests.add(UserRequestShape.request(r)));
        }
        return new Submission<>(s.cleaned(), requests, s.errors());
    }

    /** The structural reading of a current-portal RequestGroup. */
    Submission<ObservationRequest> readRequestGroup(JsonNode payload, List<Semester> semesters, Instant now) {
        ConfigurationRequestReader reader = new ConfigurationRequestReader(network, semesters, now);
        return Submission.read(payload, "name", PORTAL_OBSERVATION_TYPES, reader::read);
    }

    /** A valhalla UserRequest ({@code /api/userrequests/}). */
    Checked checkUserRequest(Connection c, JsonNode payload, Caller caller, Instant now) throws SQLException {
        List<Semester> semesters = ProposalStore.semesters(c);
        Submission<ObjectNode> s = Submission.read(payload, network, semesters, now);
        if (!s.valid()) {
            return new Checked(null, s.errors(), JsonBodies.object(), Map.of());
        }
        return check(c, UserRequestShape.group(s.cleaned(), caller), s.cleaned(), s.errors(), caller, semesters, now);
    }

    /** A current-portal RequestGroup ({@code /api/requestgroups/}). */
    Checked checkRequestGroup(Connection c, JsonNode payload, Caller caller, Instant now) throws SQLException {
        List<Semester> semesters = ProposalStore.semesters(c);
        Submission<ObservationRequest> s = readRequestGroup(payload, semesters, now);
        if (!s.valid()) {
            return new Checked(null, s.errors(), JsonBodies.object(), Map.of());
        }
        ObjectNode g = s.cleaned();
        RequestGroup group = new RequestGroup(
                null,
                g.path("name").asText(),
                g.path("proposal").asText(),
                new RequestGroup.Submitter(caller.accountId(), caller.username() == null ? "" : caller.username()),
                RequestGroup.ObservationType.valueOf(g.path("observation_type").asText()),
                UserRequest.Operator.valueOf(g.path("operator").asText()),
                g.path("ipp_value").asDouble(),
                null,
                null,
                null,
                s.requests());
        return check(c, group, g, s.errors(), caller, semesters, now);
    }

    private Checked check(
            Connection c,
            RequestGroup group,
            JsonNode cleaned,
            DrfErrors errors,
            Caller caller,
            List<Semester> semesters,
            Instant now)
            throws SQLException {
        ObjectNode reqDurations = JsonBodies.object();
        String proposal = group.proposal();
        String typeName = cleaned.path("observation_type").asText();
        if (!ProposalStore.exists(c, proposal)) {
            errors.add("proposal", "Invalid pk \"" + proposal + "\" - object does not exist.");
            return new Checked(group, errors, reqDurations, Map.of());
        }
        if (!Access.mayActFor(caller, proposal)) {
            errors.add("proposal", "You do not belong to the proposal you are trying to submit");
            return new Checked(group, errors, reqDurations, Map.of());
        }
        RequestGroup timed = requests(group, errors, reqDurations);
        if (!errors.isEmpty()) {
            return new Checked(timed, errors, reqDurations, Map.of());
        }
        Map<DurationTotals.Key, Double> totals = DurationTotals.hours(timed, semesters);
        timeLimit(c, timed, totals, errors);
        allocations(c, timed, typeName, totals, errors, now);
        if (errors.isEmpty() && timed.observationType() != RequestGroup.ObservationType.TIME_CRITICAL) {
            ipp(c, timed, typeName, totals, errors);
        }
        return new Checked(timed, errors, reqDurations, totals);
    }

    /** Durations, fill_window and visibility per request; fills request_durations; returns the timed group. */
    private RequestGroup requests(RequestGroup group, DrfErrors errors, ObjectNode out) {
        ArrayNode durationList = out.putArray("requests");
        List<ObservationRequest> timed = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < group.requests().size(); i++) {
            ObservationRequest r = group.requests().get(i);
            DrfErrors e = errors.item("requests", i, group.requests().size());
            long largest = largestInterval(r);
            r = fillWindow(r, largest);
            long duration = durations.seconds(r.molecules());
            r = r.withDuration(duration);
            ObjectNode d = durationList.addObject();
            d.put("duration", duration);
            ArrayNode mols = d.putArray("molecules");
            for (Molecule m : r.molecules()) {
                mols.addObject().put("duration", durations.perExposure(m));
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
            timed.add(r);
            total += duration;
        }
        out.remove("requests");
        out.set("requests", durationList);
        out.put("duration", total);
        return group.withRequests(timed);
    }

    /**
     * Seconds of the largest stretch in which every configuration's target meets its constraints
     * (the intersection, as the current portal takes it); 0 when one cannot be followed.
     */
    long largestInterval(ObservationRequest r) {
        List<Request> views = new ArrayList<>();
        try {
            for (Optional<Request> view : r.schedulingViews()) {
                if (view.isEmpty()) return 0;
                views.add(view.get());
            }
        } catch (IllegalArgumentException e) {
            return 0;
        }
        return Intervals.largest(visibility.forAll(views).values().stream()
                        .flatMap(List::stream)
                        .toList())
                .getSeconds();
    }

    /** valhalla's fill_window: the flagged exposure takes as many exposures as fit in the largest interval. */
    private ObservationRequest fillWindow(ObservationRequest r, long largest) {
        int k = 0;
        List<Configuration> configurations = r.configurations();
        for (int j = 0; j < configurations.size(); j++) {
            List<InstrumentConfig> ics = configurations.get(j).instrumentConfigs();
            for (int m = 0; m < ics.size(); m++, k++) {
                if (!ics.get(m).fillWindow()) continue;
                Optional<Request> view;
                try {
                    view = r.schedulingView(0);
                } catch (IllegalArgumentException e) {
                    view = Optional.empty();
                }
                InstrumentConfig ic = ics.get(m);
                int count = view.isPresent() ? filledCount(view.get(), k, largest) : ic.exposureCount();
                InstrumentConfig filled = new InstrumentConfig(
                        count,
                        ic.exposureTime(),
                        ic.mode(),
                        ic.rotatorMode(),
                        ic.binX(),
                        ic.binY(),
                        ic.opticalElements(),
                        ic.extraParams(),
                        Params.without(ic.moleculeFields(), "fill_window"));
                List<InstrumentConfig> newIcs = new ArrayList<>(ics);
                newIcs.set(m, filled);
                List<Configuration> newConfigurations = new ArrayList<>(configurations);
                newConfigurations.set(j, configurations.get(j).withInstrumentConfigs(newIcs));
                return r.withConfigurations(newConfigurations);
            }
        }
        return r;
    }

    private int filledCount(Request view, int molecule, long largest) {
        return durations
                .fillWindow(view, molecule, largest)
                .molecules()
                .get(molecule)
                .exposureCount();
    }

    /** The member's time limit, on the hours the whole group charges. */
    private static void timeLimit(
            Connection c, RequestGroup group, Map<DurationTotals.Key, Double> totals, DrfErrors errors)
            throws SQLException {
        Long account = group.submitter().accountId();
        if (account == null) {
            return;
        }
        Optional<Double> limit = ProposalStore.timeLimit(c, account, group.proposal());
        if (limit.isEmpty() || limit.get() < 0) {
            return;
        }
        double wanted =
                totals.values().stream().mapToDouble(Double::doubleValue).sum() * 3600;
        if (RequestRepository.usedSeconds(c, account, group.proposal()) + wanted > limit.get()) {
            errors.nonField("This user has exceeded the time limit set by their proposal PI.");
        }
    }

    /** Each key's hours against the part of its allocation the observation type draws on. */
    private static void allocations(
            Connection c,
            RequestGroup group,
            String typeName,
            Map<DurationTotals.Key, Double> totals,
            DrfErrors errors,
            Instant now)
            throws SQLException {
        for (Map.Entry<DurationTotals.Key, Double> e : totals.entrySet()) {
            DurationTotals.Key k = e.getKey();
            Optional<ProposalStore.Allocation> a =
                    ProposalStore.allocation(c, group.proposal(), k.semester(), k.telescopeClass(), k.instrument());
            if (a.isEmpty()) {
                errors.nonField(NO_ALLOCATION);
                return;
            }
            double available = a.get().available(group.observationType());
            if (available <= 0) {
                errors.nonField("Proposal " + group.proposal() + " does not have any " + typeName + " time left"
                        + " allocated in semester " + k.semester() + " on " + k.telescopeClass() + " telescopes");
            } else if (available * OVERHEAD_ALLOWANCE < e.getValue()) {
                errors.nonField("Proposal " + group.proposal() + " does not have enough " + typeName + " time"
                        + " allocated in semester " + k.semester() + " on " + k.telescopeClass() + " telescopes");
            }
        }
        if (group.observationType() == RequestGroup.ObservationType.RAPID_RESPONSE) {
            for (ObservationRequest r : group.requests()) {
                for (Window w : r.windows()) {
                    if (w.start().isAfter(now)) {
                        errors.nonField("The Target of Opportunity windows must start now or in the past.");
                        return;
                    }
                    if (Duration.between(now, w.end()).getSeconds() > r.durationSecs() + 86_400) {
                        errors.nonField("The Target of Opportunity window must end within 24 hours of the end of"
                                + " the request's duration.");
                        return;
                    }
                }
            }
        }
    }

    /** valhalla's validate_ipp: walk the keys, each needs (ipp−1) × hours of the running available time. */
    private static void ipp(
            Connection c, RequestGroup group, String typeName, Map<DurationTotals.Key, Double> totals, DrfErrors errors)
            throws SQLException {
        Map<Long, Double> running = new HashMap<>();
        for (Map.Entry<DurationTotals.Key, Double> e : totals.entrySet()) {
            DurationTotals.Key k = e.getKey();
            ProposalStore.Allocation a = ProposalStore.allocation(
                            c, group.proposal(), k.semester(), k.telescopeClass(), k.instrument())
                    .orElseThrow();
            double available = running.getOrDefault(a.id(), a.ippTimeAvailable());
            try {
                running.put(a.id(), Ipp.validate(group.ippValue(), available, e.getValue(), typeName, k.instrument()));
            } catch (Ipp.InsufficientIpp ex) {
                // valhalla reports the exception's repr, not its message
                errors.nonField("TimeAllocationError('" + ex.getMessage() + "')");
                return;
            }
        }
    }
}
