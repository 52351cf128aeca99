// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.meridian.core.observing.Constraints;
import org.meridian.core.observing.InstrumentType;
import org.meridian.core.observing.Semester;
import org.meridian.core.observing.TelescopeNetwork;
import org.meridian.core.observing.requests.AcquisitionConfig;
import org.meridian.core.observing.requests.Configuration;
import org.meridian.core.observing.requests.GuidingConfig;
import org.meridian.core.observing.requests.InstrumentConfig;
import org.meridian.core.observing.requests.ObservationRequest;
import org.meridian.core.observing.requests.TargetSpec;

/**
 * One Request of {@code /api/requestgroups/} (the current portal's shape, docs/lco-observing.md)
 * read into the model. Each instrument config is checked as the valhalla molecule it stands for,
 * the first configuration's target and constraints with the request, the others' on their own;
 * errors are reported at the portal's paths ({@link ErrorPaths}). Null when the request has errors.
 */
final class ConfigurationRequestReader {
    private static final Set<String> MODE = Set.of("mode");
    private static final Set<String> ACQUISITION = Set.of("mode", "exposure_time");

    private final TelescopeNetwork network;
    private final RequestReader valhalla;

    ConfigurationRequestReader(TelescopeNetwork network, List<Semester> semesters, Instant now) {
        this.network = network;
        this.valhalla = new RequestReader(network, semesters, now);
    }

    ObservationRequest read(JsonNode in, DrfErrors errors) {
        JsonNode configurations = in.get("configurations");
        if (!Fields.isNonEmptyList(
                configurations, errors, "configurations", "You must specify at least 1 configuration")) {
            return null;
        }
        List<int[]> origins = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        ArrayNode molecules = JsonBodies.object().arrayNode();
        boolean whole = true;
        for (int j = 0; j < configurations.size(); j++) {
            JsonNode k = configurations.get(j);
            DrfErrors ke = errors.item("configurations", j, configurations.size());
            JsonNode ics = k.get("instrument_configs");
            if (!Fields.isObject(k, ke, DrfErrors.NON_FIELD)
                    || !Fields.isNonEmptyList(
                            ics, ke, "instrument_configs", "You must specify at least 1 instrument config")) {
                sizes.add(0);
                whole = false;
                continue;
            }
            sizes.add(ics.size());
            for (int m = 0; m < ics.size(); m++) {
                if (Fields.isObject(ics.get(m), ke.item("instrument_configs", m, ics.size()), DrfErrors.NON_FIELD)) {
                    molecules.add(molecule(k, ics.get(m)));
                    origins.add(new int[] {j, m});
                } else {
                    whole = false;
                }
            }
        }
        if (!whole) {
            return null;
        }
        ObjectNode cleaned = valhallaRequest(in, configurations.get(0), molecules, origins, sizes, errors);
        List<TargetSpec> targets = new ArrayList<>();
        List<Constraints> constraints = new ArrayList<>();
        targets.add(PartShapes.target(withExtraParams(cleaned.path("target"), configurations.get(0))));
        constraints.add(PartShapes.constraints(cleaned.path("constraints")));
        for (int j = 1; j < configurations.size(); j++) {
            JsonNode k = configurations.get(j);
            DrfErrors ke = errors.item("configurations", j, configurations.size());
            if (Fields.isObject(k.get("target"), ke, "target")) {
                boolean spectrograph = network.instrument(
                                k.path("instrument_type").asText())
                        .map(InstrumentType::spectrograph)
                        .orElse(false);
                targets.add(PartShapes.target(withExtraParams(
                        TargetReader.read(valhallaTarget(k.get("target")), ke.child("target"), spectrograph), k)));
            }
            JsonNode given = k.has("constraints") ? k.get("constraints") : JsonBodies.object();
            constraints.add(PartShapes.constraints(RequestReader.constraints(given, ke)));
        }
        Fields f = new Fields(in, JsonBodies.object(), errors);
        Integer repeats = f.integer("configuration_repeats", false, 1, 1);
        String optimization = f.string("optimization_type", false, "TIME", 0);
        if (!errors.isEmpty()) {
            return null;
        }
        List<Configuration> out = new ArrayList<>();
        int k = 0;
        for (int j = 0; j < configurations.size(); j++) {
            List<JsonNode> cleanedMolecules = new ArrayList<>();
            for (int m = 0; m < sizes.get(j); m++) {
                cleanedMolecules.add(cleaned.path("molecules").get(k++));
            }
            out.add(configuration(configurations.get(j), j, targets.get(j), constraints.get(j), cleanedMolecules));
        }
        return new ObservationRequest(
                null,
                PartShapes.location(cleaned.path("location"), "observatory"),
                PartShapes.windows(cleaned.path("windows")),
                out,
                repeats,
                optimization,
                cleaned.path("acceptability_threshold").asDouble(),
                cleaned.path("observation_note").asText(""),
                null,
                0,
                null);
    }

    /** The request checked in valhalla's shape with the first configuration's target and constraints. */
    private ObjectNode valhallaRequest(
            JsonNode in,
            JsonNode first,
            ArrayNode molecules,
            List<int[]> origins,
            List<Integer> sizes,
            DrfErrors errors) {
        ObjectNode request = ((ObjectNode) in).deepCopy();
        request.remove(List.of("configurations", "configuration_repeats", "optimization_type"));
        request.set("molecules", molecules);
        if (first.has("target")) request.set("target", valhallaTarget(first.get("target")));
        if (first.has("constraints")) request.set("constraints", first.get("constraints"));
        if (in.path("location").isObject()) {
            ObjectNode location = ((ObjectNode) in.get("location")).deepCopy();
            location.remove("observatory");
            if (location.has("enclosure")) location.set("observatory", location.remove("enclosure"));
            request.set("location", location);
        }
        DrfErrors checked = new DrfErrors();
        ObjectNode cleaned = valhalla.read(request, checked);
        ErrorPaths.move(checked.toJson(), errors, origins, sizes);
        return cleaned;
    }

    /** The current portal's targets carry extra_params, which valhalla's cleaning does not know: kept as sent. */
    private static JsonNode withExtraParams(JsonNode cleanedTarget, JsonNode configuration) {
        JsonNode extra = configuration.path("target").path("extra_params");
        if (!extra.isObject() || !cleanedTarget.isObject()) return cleanedTarget;
        ObjectNode out = ((ObjectNode) cleanedTarget).deepCopy();
        out.set("extra_params", extra);
        return out;
    }

    private static JsonNode valhallaTarget(JsonNode t) {
        if (!t.isObject() || !t.has("type")) return t;
        ObjectNode out = ((ObjectNode) t).deepCopy();
        out.put("type", PartShapes.valhallaKind(t.path("type").asText()));
        return out;
    }

    /** An instrument config with its configuration's settings, as the valhalla molecule it stands for. */
    private static ObjectNode molecule(JsonNode k, JsonNode ic) {
        ObjectNode m = JsonBodies.object();
        copy(k, "type", m, "type");
        copy(k, "instrument_type", m, "instrument_name");
        copy(ic, "exposure_time", m, "exposure_time");
        copy(ic, "exposure_count", m, "exposure_count");
        JsonNode optical = ic.path("optical_elements");
        copy(optical, "filter", m, "filter");
        copy(optical, "slit", m, "spectra_slit");
        copy(ic, "bin_x", m, "bin_x");
        copy(ic, "bin_y", m, "bin_y");
        String mode = ic.path("mode").asText("");
        if (mode.matches("\\d+x\\d+") && !ic.has("bin_x")) {
            m.put("bin_x", Integer.parseInt(mode.split("x")[0]));
            m.put("bin_y", Integer.parseInt(mode.split("x")[1]));
        }
        String guiding = k.path("guiding_config").path("mode").asText("");
        if (!guiding.isEmpty()) m.put("ag_mode", guiding);
        String acquire = k.path("acquisition_config").path("mode").asText("");
        if (!acquire.isEmpty()) m.put("acquire_mode", acquire);
        copy(k.path("acquisition_config"), "exposure_time", m, "acquire_exp_time");
        copy(k.path("extra_params"), "defocus", m, "defocus");
        return m;
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        if (from.has(field) && !from.get(field).isNull()) to.set(as, from.get(field));
    }

    /** A checked configuration: the cleaned molecules give the validated values, the rest is as sent. */
    private static Configuration configuration(
            JsonNode k, int j, TargetSpec target, Constraints constraints, List<JsonNode> cleaned) {
        JsonNode first = cleaned.get(0);
        List<InstrumentConfig> ics = new ArrayList<>();
        for (int m = 0; m < cleaned.size(); m++) {
            JsonNode sent = k.path("instrument_configs").get(m);
            JsonNode c = cleaned.get(m);
            ics.add(new InstrumentConfig(
                    c.path("exposure_count").asInt(),
                    c.path("exposure_time").asDouble(),
                    sent.path("mode").asText(""),
                    sent.path("rotator_mode").asText(""),
                    c.has("bin_x") ? c.path("bin_x").asInt() : null,
                    c.has("bin_y") ? c.path("bin_y").asInt() : null,
                    JsonMaps.map(sent.get("optical_elements")),
                    JsonMaps.map(sent.get("extra_params")),
                    null));
        }
        JsonNode acquisition = k.path("acquisition_config");
        JsonNode guiding = k.path("guiding_config");
        return new Configuration(
                first.path("type").asText(),
                first.path("instrument_name").asText(),
                k.path("priority").isInt() ? k.path("priority").asInt() : j + 1,
                target,
                constraints,
                ics,
                new AcquisitionConfig(
                        first.path("acquire_mode").asText("OFF"),
                        JsonMaps.nullableNumber(acquisition, "exposure_time"),
                        JsonMaps.map(acquisition, ACQUISITION)),
                new GuidingConfig(first.path("ag_mode").asText("OPTIONAL"), JsonMaps.map(guiding, MODE)),
                JsonMaps.nullableNumber(k, "repeat_duration"),
                JsonMaps.map(k.get("extra_params")));
    }
}
