// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.meridian.core.auth.Caller;
import org.meridian.core.observing.Constraints;
import org.meridian.core.observing.UserRequest;
import org.meridian.core.observing.requests.Configuration;
import org.meridian.core.observing.requests.ObservationRequest;
import org.meridian.core.observing.requests.RequestGroup;
import org.meridian.core.observing.requests.TargetSpec;

/**
 * Valhalla's UserRequest JSON ⇄ the model (docs/lco-observing.md): group_id is the group's name,
 * each molecule one configuration ({@link MoleculeShape}) carrying the request's target and
 * constraints. Reading back shows the first configuration's target and constraints, the only
 * ones valhalla has.
 */
final class UserRequestShape {
    private UserRequestShape() {}

    /** A payload the readers cleaned ({@link Submission}) as a new group. */
    static RequestGroup group(JsonNode cleaned, Caller caller) {
        List<ObservationRequest> requests = new ArrayList<>();
        for (JsonNode r : cleaned.path("requests")) {
            requests.add(request(r));
        }
        return new RequestGroup(
                null,
                cleaned.path("group_id").asText(),
                cleaned.path("proposal").asText(),
                new RequestGroup.Submitter(caller.accountId(), caller.username() == null ? "" : caller.username()),
                RequestGroup.ObservationType.parse(
                        cleaned.path("observation_type").asText("NORMAL")),
                UserRequest.Operator.valueOf(cleaned.path("operator").asText()),
                cleaned.path("ipp_value").asDouble(),
                null,
                null,
                null,
                requests);
    }

    /** A cleaned request; its duration is set later, once, by the submission rules. */
    static ObservationRequest request(JsonNode r) {
        TargetSpec target = PartShapes.target(r.path("target"));
        Constraints constraints = PartShapes.constraints(r.path("constraints"));
        List<Configuration> configurations = new ArrayList<>();
        for (JsonNode m : r.path("molecules")) {
            configurations.add(MoleculeShape.configuration(m, target, constraints));
        }
        return new ObservationRequest(
                null,
                PartShapes.location(r.path("location"), "observatory"),
                PartShapes.windows(r.path("windows")),
                configurations,
                1,
                "TIME",
                r.path("acceptability_threshold").asDouble(90),
                r.path("observation_note").asText(""),
                null,
                0,
                null);
    }

    static ObjectNode json(RequestGroup g) {
        return PartShapes.group(g, "group_id", g.observationType().valhallaName(), UserRequestShape::json);
    }

    static ObjectNode json(ObservationRequest r) {
        ObjectNode out = JsonBodies.object();
        Configuration first = r.configurations().get(0);
        out.set("location", PartShapes.location(r.location(), "observatory"));
        out.set("constraints", PartShapes.constraints(first.constraints()));
        out.set("target", PartShapes.target(first.target(), true));
        List<ObjectNode> molecules = new ArrayList<>();
        for (int i = 0; i < r.configurationRepeats(); i++) {
            r.configurations().forEach(k -> MoleculeShape.molecules(k, molecules));
        }
        out.putArray("molecules").addAll(molecules);
        out.set("windows", PartShapes.windows(r.windows()));
        PartShapes.requestState(out, r);
        return out;
    }
}
