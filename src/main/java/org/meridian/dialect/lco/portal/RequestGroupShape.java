// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.meridian.core.observing.requests.Configuration;
import org.meridian.core.observing.requests.InstrumentConfig;
import org.meridian.core.observing.requests.ObservationRequest;
import org.meridian.core.observing.requests.RequestGroup;

/** The model written as the current observation portal's RequestGroup JSON (docs/lco-observing.md). */
final class RequestGroupShape {
    private RequestGroupShape() {}

    static ObjectNode json(RequestGroup g) {
        return PartShapes.group(g, "name", g.observationType().name(), RequestGroupShape::json);
    }

    static ObjectNode json(ObservationRequest r) {
        ObjectNode out = JsonBodies.object();
        out.set("location", PartShapes.location(r.location(), "enclosure"));
        out.set("windows", PartShapes.windows(r.windows()));
        ArrayNode configurations = out.putArray("configurations");
        r.configurations().forEach(k -> configurations.add(json(k)));
        out.put("configuration_repeats", r.configurationRepeats());
        out.put("optimization_type", r.optimizationType());
        PartShapes.requestState(out, r);
        return out;
    }

    private static ObjectNode json(Configuration k) {
        ObjectNode out = JsonBodies.object();
        out.put("type", k.type());
        out.put("instrument_type", k.instrumentType());
        out.put("priority", k.priority());
        if (k.repeatDuration() != null) out.put("repeat_duration", k.repeatDuration());
        ArrayNode ics = out.putArray("instrument_configs");
        for (InstrumentConfig ic : k.instrumentConfigs()) {
            ObjectNode i = ics.addObject();
            i.put("exposure_count", ic.exposureCount());
            i.put("exposure_time", ic.exposureTime());
            i.put("mode", ic.mode());
            i.put("rotator_mode", ic.rotatorMode());
            i.set("optical_elements", JsonMaps.node(ic.opticalElements()));
            i.set("extra_params", JsonMaps.node(ic.extraParams()));
        }
        ObjectNode acquisition = out.putObject("acquisition_config");
        acquisition.put("mode", k.acquisition().mode());
        if (k.acquisition().exposureTime() != null)
            acquisition.put("exposure_time", k.acquisition().exposureTime());
        JsonMaps.putAll(acquisition, k.acquisition().fields());
        ObjectNode guiding = out.putObject("guiding_config");
        guiding.put("mode", k.guiding().mode());
        JsonMaps.putAll(guiding, k.guiding().fields());
        out.set("constraints", PartShapes.constraints(k.constraints()));
        out.set("target", PartShapes.target(k.target(), false));
        out.set("extra_params", JsonMaps.node(k.extraParams()));
        return out;
    }
}
