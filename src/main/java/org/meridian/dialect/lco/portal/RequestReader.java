// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.meridian.core.observing.InstrumentType;
import org.meridian.core.observing.Location;
import org.meridian.core.observing.Semester;
import org.meridian.core.observing.TelescopeNetwork;

/** One Request of a submission: its windows, location, constraints, target and molecules (docs/lco-observing.md). */
final class RequestReader {
    private final TelescopeNetwork network;
    private final List<Semester> semesters;
    private final Instant now;

    RequestReader(TelescopeNetwork network, List<Semester> semesters, Instant now) {
        this.network = network;
        this.semesters = semesters;
        this.now = now;
    }

    ObjectNode read(JsonNode in, DrfErrors errors) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Fields f = new Fields(in, out, errors);
        f.string("observation_note", false, "", 0);
        ArrayNode molecules = molecules(in.get("molecules"), errors);
        out.set("molecules", molecules);
        Optional<InstrumentType> instrument = molecules.isEmpty()
                ? Optional.empty()
                : network.instrument(molecules.get(0).path("instrument_name").asText());
        boolean spectrograph = instrument.map(InstrumentType::spectrograph).orElse(false);
        double threshold =
                instrument.map(i -> i.code().contains("FLOYDS") ? 100.0 : 90.0).orElse(90.0);
        f.number("acceptability_threshold", false, threshold, 0.0, 100.0);
        if (Fields.isObject(in.get("target"), errors, "target")) {
            out.set("target", TargetReader.read(in.get("target"), errors.child("target"), spectrograph));
        }
        if (Fields.isObject(in.get("location"), errors, "location")) {
            out.set("location", location(in.get("location"), errors.child("location")));
        }
        JsonNode constraints = in.get("constraints");
        out.set(
                "constraints",
                constraints(constraints == null ? JsonNodeFactory.instance.objectNode() : constraints, errors));
        out.set("windows", windows(in.get("windows"), errors));
        if (in.has("cadence")) {
            out.set("cadence", in.get("cadence"));
        }
        crossChecks(out, errors);
        return out;
    }

    private ArrayNode molecules(JsonNode list, DrfErrors errors) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (!Fields.isNonEmptyList(list, errors, "molecules", "You must specify at least 1 molecule")) {
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            DrfErrors e = errors.item("molecules", i, list.size());
            if (Fields.isObject(list.get(i), e, DrfErrors.NON_FIELD)) {
                out.add(MoleculeReader.read(list.get(i), e, network, i + 1));
            }
        }
        return out;
    }

    private ObjectNode location(JsonNode in, DrfErrors errors) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Fields f = new Fields(in, out, errors);
        String cls = f.choice("telescope_class", true, null, network.telescopeClasses());
        String site = f.string("site", false, null, 0);
        String obs = f.string("observatory", false, null, 0);
        String tel = f.string("telescope", false, null, 0);
        if (site != null && network.site(site).isEmpty()) {
            errors.add("site", "\"" + site + "\" is not a valid choice.");
        }
        if (obs != null && site == null) {
            errors.add(DrfErrors.NON_FIELD, "Must specify a site with an observatory.");
        }
        if (tel != null && obs == null) {
            errors.add(DrfErrors.NON_FIELD, "Must specify an observatory with a telescope.");
        }
        if (cls != null && site != null && obs != null) {
            boolean known = network.site(site).stream()
                    .flatMap(s -> s.telescopes().stream())
                    .anyMatch(t -> t.enclosure().equals(obs)
                            && (tel == null || t.code().equals(tel)));
            if (!known) {
                errors.add(
                        DrfErrors.NON_FIELD,
                        "No telescope " + (tel == null ? "" : tel + " ") + "at " + site + "." + obs + ".");
            }
        }
        return out;
    }

    /** The cleaned constraints of {@code in}, errors under {@code parent.constraints}. */
    static ObjectNode constraints(JsonNode in, DrfErrors parent) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        DrfErrors errors = parent.child("constraints");
        if (!Fields.isObject(in, parent, "constraints")) {
            return out;
        }
        Fields f = new Fields(in, out, errors);
        f.number("max_airmass", false, 1.6, 1.0, 25.0);
        f.number("min_lunar_distance", false, 30.0, 0.0, 180.0);
        for (String name : List.of("max_lunar_phase", "max_seeing", "min_transparency")) {
            Double v = f.number(name, false, null, null, null);
            if (v == null && !out.has(name)) out.putNull(name);
        }
        return out;
    }

    private ArrayNode windows(JsonNode list, DrfErrors errors) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (!Fields.isNonEmptyList(list, errors, "windows", "You must specify at least 1 window")) {
            return out;
        }
        Set<String> semesterIds = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            DrfErrors e = errors.item("windows", i, list.size());
            if (!Fields.isObject(list.get(i), e, DrfErrors.NON_FIELD)) {
                continue;
            }
            ObjectNode w = JsonNodeFactory.instance.objectNode();
            Fields f = new Fields(list.get(i), w, e);
            Instant start = f.time("start", false, now);
            Instant end = f.time("end", true, null);
            out.add(w);
            if (start == null || end == null) {
                continue;
            }
            if (!end.isAfter(start)) {
                e.add("end", "Window end time must be after the start time.");
            } else if (!end.isAfter(now)) {
                e.add("end", "Window end time must be in the future.");
            } else {
                Optional<Semester> semester =
                        semesters.stream().filter(s -> s.contains(start, end)).findFirst();
                if (semester.isEmpty()) {
                    e.add(DrfErrors.NON_FIELD, "The observation window does not fit within any defined semester.");
                } else {
                    semesterIds.add(semester.get().id());
                }
            }
        }
        if (semesterIds.size() > 1) {
            errors.add("windows", "The observation windows must all be in the same semester.");
        }
        return out;
    }

    /** Checks that need several parts of the request at once. */
    private void crossChecks(ObjectNode out, DrfErrors errors) {
        JsonNode molecules = out.get("molecules");
        List<String> instruments = new ArrayList<>();
        int fills = 0;
        for (JsonNode m : molecules) {
            instruments.add(m.path("instrument_name").asText());
            if (m.path("fill_window").asBoolean(false)) fills++;
            String ag = m.path("ag_name").asText("");
            if (!ag.isEmpty() && !ag.equalsIgnoreCase(m.path("instrument_name").asText())) {
                errors.add(
                        DrfErrors.NON_FIELD,
                        "Invalid autoguider ag_name " + ag + " for instrument "
                                + m.path("instrument_name").asText() + ".");
            }
        }
        if (instruments.stream().distinct().count() > 1) {
            errors.add(DrfErrors.NON_FIELD, "Each Molecule must specify the same instrument name");
        }
        if (fills > 1) {
            errors.add(DrfErrors.NON_FIELD, "Only one molecule can have `fill_window` set");
        }
        JsonNode location = out.get("location");
        if (instruments.isEmpty() || location == null || errors.has("location") || errors.has("molecules")) {
            return;
        }
        String instrument = instruments.get(0);
        Location loc = new Location(
                location.path("telescope_class").asText(),
                text(location, "site"),
                text(location, "observatory"),
                text(location, "telescope"));
        boolean active = network.sites().stream()
                .filter(s -> loc.site() == null || s.code().equals(loc.site()))
                .flatMap(s -> s.telescopes().stream())
                .filter(t -> loc.observatory() == null || t.enclosure().equals(loc.observatory()))
                .filter(t -> loc.telescope() == null || t.code().equals(loc.telescope()))
                .anyMatch(t -> t.telescopeClass().equals(loc.telescopeClass()) && t.carries(instrument));
        if (!active) {
            errors.add(
                    DrfErrors.NON_FIELD,
                    "Invalid instrument name '" + instrument + "' at site(s) "
                            + (loc.site() == null ? "any" : loc.site()) + " for telescope class "
                            + loc.telescopeClass());
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }
}
