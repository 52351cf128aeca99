// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The current observation-portal's RequestGroup (docs/lco-observing.md) mapped onto valhalla's UserRequest, which
 * is what is stored: name ↔ group_id, each instrument config ↔ one molecule, and the target and
 * constraints of the first configuration ↔ the request's.
 */
final class RequestGroupShape {
    private RequestGroupShape() {}

    static JsonNode toUserRequest(JsonNode rg) {
        if (!rg.isObject()) {
            return rg;
        }
        ObjectNode ur = ((ObjectNode) rg).deepCopy();
        ur.remove("name");
        if (rg.has("name")) ur.set("group_id", rg.get("name"));
        if ("RAPID_RESPONSE".equals(rg.path("observation_type").asText())) {
            ur.put("observation_type", "TARGET_OF_OPPORTUNITY");
        } else if ("TIME_CRITICAL".equals(rg.path("observation_type").asText())) {
            ur.put("observation_type", "NORMAL");
        }
        if (rg.path("requests").isArray()) {
            ArrayNode requests = ur.putArray("requests");
            for (JsonNode r : rg.path("requests")) {
                requests.add(r.has("configurations") ? request(r) : r);
            }
        }
        return ur;
    }

    private static JsonNode request(JsonNode r) {
        ObjectNode out = ((ObjectNode) r).deepCopy();
        out.remove(java.util.List.of("configurations", "configuration_repeats", "optimization_type"));
        ArrayNode molecules = out.putArray("molecules");
        int repeats = Math.max(1, r.path("configuration_repeats").asInt(1));
        JsonNode configurations = r.path("configurations");
        if (!configurations.isArray() || configurations.isEmpty()) {
            return out;
        }
        JsonNode first = configurations.get(0);
        if (first.has("target")) out.set("target", target(first.get("target")));
        if (first.has("constraints")) out.set("constraints", first.get("constraints"));
        for (int repeat = 0; repeat < repeats; repeat++) {
            for (JsonNode c : configurations) {
                JsonNode ics = c.path("instrument_configs");
                if (!ics.isArray() || ics.isEmpty()) {
                    molecules.add(
                            molecule(c, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
                }
                for (JsonNode ic : ics) {
                    molecules.add(molecule(c, ic));
                }
            }
        }
        return out;
    }

    private static ObjectNode molecule(JsonNode c, JsonNode ic) {
        ObjectNode m = JsonBodies.object();
        if (c.has("type")) m.set("type", c.get("type"));
        if (c.has("instrument_type")) m.set("instrument_name", c.get("instrument_type"));
        if (ic.has("exposure_time")) m.set("exposure_time", ic.get("exposure_time"));
        if (ic.has("exposure_count")) m.set("exposure_count", ic.get("exposure_count"));
        JsonNode optical = ic.path("optical_elements");
        if (optical.has("filter")) m.set("filter", optical.get("filter"));
        if (optical.has("slit")) {
            m.set("spectra_slit", optical.get("slit"));
            m.set("filter", optical.get("slit"));
        }
        if (ic.has("bin_x")) m.set("bin_x", ic.get("bin_x"));
        if (ic.has("bin_y")) m.set("bin_y", ic.get("bin_y"));
        String mode = ic.path("mode").asText("");
        if (mode.matches("\\d+x\\d+") && !ic.has("bin_x")) {
            m.put("bin_x", Integer.parseInt(mode.split("x")[0]));
            m.put("bin_y", Integer.parseInt(mode.split("x")[1]));
        }
        if (ic.has("rotator_mode") && !ic.path("rotator_mode").asText().isEmpty()) {
            m.put("readout_mode", "");
        }
        String guiding = c.path("guiding_config").path("mode").asText("");
        if (guiding.equals("ON") || guiding.equals("OFF")) m.put("ag_mode", guiding);
        String acquire = c.path("acquisition_config").path("mode").asText("");
        if (acquire.equals("OFF") || acquire.equals("WCS") || acquire.equals("BRIGHTEST")) {
            m.put("acquire_mode", acquire);
        }
        if (c.path("extra_params").has("defocus"))
            m.set("defocus", c.path("extra_params").get("defocus"));
        return m;
    }

    /** ICRS ↔ SIDEREAL, ORBITAL_ELEMENTS ↔ NON_SIDEREAL; everything else passes through. */
    private static JsonNode target(JsonNode t) {
        if (!t.isObject()) return t;
        ObjectNode out = ((ObjectNode) t).deepCopy();
        switch (t.path("type").asText()) {
            case "ICRS" -> out.put("type", "SIDEREAL");
            case "ORBITAL_ELEMENTS" -> out.put("type", "NON_SIDEREAL");
            default -> {}
        }
        return out;
    }

    /** A stored UserRequest shown as a RequestGroup. */
    static ObjectNode fromUserRequest(ObjectNode ur) {
        ObjectNode rg = JsonBodies.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = ur.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "group_id" -> rg.set("name", e.getValue());
                case "requests" -> {
                    ArrayNode requests = rg.putArray("requests");
                    e.getValue().forEach(r -> requests.add(requestOf((ObjectNode) r)));
                }
                default -> rg.set(e.getKey(), e.getValue());
            }
        }
        return rg;
    }

    static ObjectNode requestOf(ObjectNode r) {
        ObjectNode out = r.deepCopy();
        out.remove(java.util.List.of("molecules", "target", "constraints"));
        out.put("configuration_repeats", 1);
        out.put("optimization_type", "TIME");
        ArrayNode configurations = out.putArray("configurations");
        JsonNode target = r.path("target").deepCopy();
        if (target.isObject()) {
            String type = target.path("type").asText();
            ((ObjectNode) target)
                    .put(
                            "type",
                            type.equals("SIDEREAL") ? "ICRS" : type.equals("NON_SIDEREAL") ? "ORBITAL_ELEMENTS" : type);
        }
        for (JsonNode m : r.path("molecules")) {
            ObjectNode c = configurations.addObject();
            c.set("type", m.get("type"));
            c.set("instrument_type", m.get("instrument_name"));
            c.put("priority", m.path("priority").asInt());
            ObjectNode ic = c.putArray("instrument_configs").addObject();
            ic.set("exposure_time", m.get("exposure_time"));
            ic.set("exposure_count", m.get("exposure_count"));
            ic.put("mode", m.path("bin_x").asInt(1) + "x" + m.path("bin_y").asInt(1));
            ic.put("rotator_mode", "");
            ObjectNode optical = ic.putObject("optical_elements");
            String slit = m.path("spectra_slit").asText("");
            if (!slit.isEmpty()) optical.put("slit", slit);
            else optical.set("filter", m.get("filter"));
            ic.putObject("extra_params");
            c.putObject("acquisition_config").set("mode", m.get("acquire_mode"));
            c.putObject("guiding_config").set("mode", m.get("ag_mode"));
            c.set("constraints", r.get("constraints"));
            c.set("target", target);
        }
        return out;
    }
}
