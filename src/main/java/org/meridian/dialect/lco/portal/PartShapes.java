// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.meridian.core.observing.Constraints;
import org.meridian.core.observing.Location;
import org.meridian.core.observing.Window;
import org.meridian.core.observing.requests.ObservationRequest;
import org.meridian.core.observing.requests.RequestGroup;
import org.meridian.core.observing.requests.TargetSpec;
import org.meridian.web.DjangoTime;

/**
 * The parts both API shapes share (targets, constraints, locations, windows), JSON ⇄ records.
 * Valhalla names target kinds SIDEREAL/NON_SIDEREAL and the enclosure "observatory"; the current
 * portal ICRS/ORBITAL_ELEMENTS and "enclosure".
 */
final class PartShapes {
    private static final Set<String> TARGET_COLUMNS = Set.of("type", "name", "ra", "dec");

    private PartShapes() {}

    /** A cleaned target (TargetReader's output, valhalla kinds) as the model's. */
    static TargetSpec target(JsonNode t) {
        String name = t.path("name").asText();
        return switch (t.path("type").asText()) {
            case "SIDEREAL", "STATIC", "ICRS" ->
                new TargetSpec.Icrs(
                        name, t.path("ra").asDouble(), t.path("dec").asDouble(), JsonMaps.map(t, TARGET_COLUMNS));
            case "NON_SIDEREAL", "ORBITAL_ELEMENTS" ->
                new TargetSpec.OrbitalElements(name, JsonMaps.map(t, TARGET_COLUMNS));
            default -> new TargetSpec.Other(t.path("type").asText(), name, JsonMaps.map(t, TARGET_COLUMNS));
        };
    }

    static ObjectNode target(TargetSpec t, boolean valhalla) {
        ObjectNode out = JsonBodies.object();
        out.put("name", t.name());
        out.put("type", valhalla ? valhallaKind(t.kind()) : t.kind());
        if (t instanceof TargetSpec.Icrs i) {
            out.put("ra", i.ra());
            out.put("dec", i.dec());
        }
        JsonMaps.putAll(out, t.fields());
        return out;
    }

    /** The portal's name of a valhalla target kind (the readers validate valhalla's). */
    static String valhallaKind(String kind) {
        return switch (kind) {
            case "ICRS" -> "SIDEREAL";
            case "ORBITAL_ELEMENTS" -> "NON_SIDEREAL";
            default -> kind;
        };
    }

    static Constraints constraints(JsonNode k) {
        return new Constraints(
                k.path("max_airmass").asDouble(Constraints.DEFAULT_MAX_AIRMASS),
                k.path("min_lunar_distance").asDouble(Constraints.DEFAULT_MIN_LUNAR_DISTANCE),
                JsonMaps.nullableNumber(k, "max_lunar_phase"),
                JsonMaps.nullableNumber(k, "max_seeing"),
                JsonMaps.nullableNumber(k, "min_transparency"));
    }

    static ObjectNode constraints(Constraints k) {
        ObjectNode out = JsonBodies.object();
        out.put("max_airmass", k.maxAirmass());
        out.put("min_lunar_distance", k.minLunarDistance());
        JsonMaps.putNullable(out, "max_lunar_phase", k.maxLunarPhase());
        JsonMaps.putNullable(out, "max_seeing", k.maxSeeing());
        JsonMaps.putNullable(out, "min_transparency", k.minTransparency());
        return out;
    }

    /** A cleaned location; {@code enclosureField} is "observatory" (valhalla) or "enclosure" (portal). */
    static Location location(JsonNode l, String enclosureField) {
        return new Location(
                l.path("telescope_class").asText(),
                JsonMaps.text(l, "site"),
                JsonMaps.text(l, enclosureField),
                JsonMaps.text(l, "telescope"));
    }

    /** Empty values are left out, as both portals do. */
    static ObjectNode location(Location l, String enclosureField) {
        ObjectNode out = JsonBodies.object();
        out.put("telescope_class", l.telescopeClass());
        if (l.site() != null) out.put("site", l.site());
        if (l.observatory() != null) out.put(enclosureField, l.observatory());
        if (l.telescope() != null) out.put("telescope", l.telescope());
        return out;
    }

    static List<Window> windows(JsonNode list) {
        List<Window> out = new ArrayList<>();
        for (JsonNode w : list) {
            out.add(new Window(
                    DjangoTime.parse(w.path("start").asText()).orElseThrow(),
                    DjangoTime.parse(w.path("end").asText()).orElseThrow()));
        }
        return out;
    }

    static ArrayNode windows(List<Window> windows) {
        ArrayNode out = JsonBodies.object().arrayNode();
        for (Window w : windows) {
            out.addObject().put("start", DjangoTime.format(w.start())).put("end", DjangoTime.format(w.end()));
        }
        return out;
    }

    /** The fields of a stored request both shapes show besides its contents. */
    static void requestState(ObjectNode out, ObservationRequest r) {
        if (r.id() != null) out.put("id", r.id());
        out.put("observation_note", r.observationNote());
        out.put("state", r.state().name());
        out.put("acceptability_threshold", r.acceptabilityThreshold());
        out.put("duration", r.durationSecs());
        if (r.progress() != null) {
            ObservationRequest.Progress p = r.progress();
            JsonMaps.putTime(out, "modified", p.modified());
            out.put("fail_count", p.failCount());
            out.put("scheduled_count", p.scheduledCount());
            JsonMaps.putTime(out, "created", p.created());
            JsonMaps.putTime(out, "completed", p.completed());
        }
    }

    /** A group with its requests, each written by {@code request} in the same API's shape. */
    static ObjectNode group(
            RequestGroup g,
            String nameField,
            String observationType,
            Function<ObservationRequest, ObjectNode> request) {
        ObjectNode out = group(g, nameField, observationType);
        ArrayNode requests = out.putArray("requests");
        g.requests().forEach(r -> requests.add(request.apply(r)));
        return out;
    }

    /** The fields of a stored group both shapes show; {@code nameField} is group_id or name. */
    private static ObjectNode group(RequestGroup g, String nameField, String observationType) {
        ObjectNode out = JsonBodies.object();
        if (g.id() != null) out.put("id", g.id());
        out.put("submitter", g.submitter().username());
        out.put("proposal", g.proposal());
        out.put(nameField, g.name());
        out.put("observation_type", observationType);
        out.put("operator", g.operator().name());
        out.put("ipp_value", g.ippValue());
        out.put("state", g.state().name());
        JsonMaps.putTime(out, "created", g.created());
        JsonMaps.putTime(out, "modified", g.modified());
        return out;
    }
}
