// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meridian.core.observing.Constraints;
import org.meridian.core.observing.Location;
import org.meridian.core.observing.Molecule;
import org.meridian.core.observing.Request;
import org.meridian.core.observing.RequestState;
import org.meridian.core.observing.Target;
import org.meridian.core.observing.TargetFields;
import org.meridian.core.observing.UserRequest;
import org.meridian.core.observing.Window;
import org.meridian.web.DjangoTime;

/**
 * Cleaned portal JSON (valhalla's shape) to the core's observing records. Only called on payloads
 * the readers accepted; a record constructor may still refuse a combination, as IllegalArgumentException.
 */
final class CoreMapping {
    private CoreMapping() {}

    static UserRequest userRequest(JsonNode ur) {
        List<Request> requests = new ArrayList<>();
        for (JsonNode r : ur.path("requests")) {
            requests.add(request(r));
        }
        return new UserRequest(
                ur.path("proposal").asText(),
                ur.path("group_id").asText(),
                UserRequest.Operator.valueOf(ur.path("operator").asText()),
                ur.path("ipp_value").asDouble(),
                UserRequest.ObservationType.valueOf(ur.path("observation_type").asText("NORMAL")),
                ur.has("state") ? RequestState.valueOf(ur.path("state").asText()) : RequestState.PENDING,
                requests);
    }

    static Request request(JsonNode r) {
        List<Molecule> molecules = new ArrayList<>();
        for (JsonNode m : r.path("molecules")) {
            molecules.add(molecule(m));
        }
        List<Window> windows = new ArrayList<>();
        for (JsonNode w : r.path("windows")) {
            windows.add(new Window(
                    DjangoTime.parse(w.path("start").asText()).orElseThrow(),
                    DjangoTime.parse(w.path("end").asText()).orElseThrow()));
        }
        JsonNode loc = r.path("location");
        JsonNode c = r.path("constraints");
        RequestState state =
                r.has("state") ? RequestState.valueOf(r.path("state").asText()) : RequestState.PENDING;
        return new Request(
                target(r.path("target"))
                        .orElseThrow(() -> new IllegalArgumentException("the target cannot be followed")),
                molecules,
                windows,
                new Location(
                        loc.path("telescope_class").asText(),
                        RequestReader.text(loc, "site"),
                        RequestReader.text(loc, "observatory"),
                        RequestReader.text(loc, "telescope")),
                new Constraints(
                        c.path("max_airmass").asDouble(1.6),
                        c.path("min_lunar_distance").asDouble(30),
                        nullable(c, "max_lunar_phase"),
                        nullable(c, "max_seeing"),
                        nullable(c, "min_transparency")),
                state,
                r.path("acceptability_threshold").asDouble(90));
    }

    /**
     * The core target, or empty when rise_set cannot follow it (schemes other than MPC minor
     * planet, MPC comet and JPL major planet raise MovingViolation there: never visible).
     */
    static Optional<Target> target(JsonNode t) {
        return TargetFields.parse(
                t.path("type").asText(),
                t.path("name").asText(),
                t.path("ra").asDouble(),
                t.path("dec").asDouble(),
                t);
    }

    static Molecule molecule(JsonNode m) {
        return new Molecule(
                m.path("type").asText(),
                m.path("instrument_name").asText(),
                m.path("filter").asText(""),
                m.path("exposure_time").asDouble(),
                m.path("exposure_count").asInt(),
                m.has("bin_x") ? m.path("bin_x").asInt() : null,
                m.has("bin_y") ? m.path("bin_y").asInt() : null,
                RequestReader.text(m, "readout_mode"),
                Molecule.AcquireMode.valueOf(m.path("acquire_mode").asText("OFF")),
                nullable(m, "acquire_exp_time"),
                m.path("ag_mode").asText("OPTIONAL"));
    }

    private static Double nullable(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }
}
