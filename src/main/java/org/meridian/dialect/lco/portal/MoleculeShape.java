// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meridian.core.observing.Constraints;
import org.meridian.core.observing.requests.AcquisitionConfig;
import org.meridian.core.observing.requests.Configuration;
import org.meridian.core.observing.requests.GuidingConfig;
import org.meridian.core.observing.requests.InstrumentConfig;
import org.meridian.core.observing.requests.TargetSpec;

/**
 * Valhalla's Molecule ⇄ one Configuration with one InstrumentConfig (docs/lco-observing.md), the
 * same mapping V31 applied to the molecules already stored. Configuration-wide fields (type,
 * instrument, acquisition, guiding, defocus) go to the configuration, exposures and optical
 * elements to the instrument config, and the rest to its {@code moleculeFields}.
 */
final class MoleculeShape {
    private static final Set<String> MAPPED = Set.of(
            "type",
            "instrument_name",
            "priority",
            "acquire_mode",
            "acquire_exp_time",
            "ag_mode",
            "defocus",
            "filter",
            "spectra_slit",
            "exposure_time",
            "exposure_count",
            "bin_x",
            "bin_y");

    private MoleculeShape() {}

    /** A cleaned molecule of a request whose target and constraints are given. */
    static Configuration configuration(JsonNode m, TargetSpec target, Constraints constraints) {
        Integer binX = m.has("bin_x") ? m.path("bin_x").asInt() : null;
        Integer binY = m.has("bin_y") ? m.path("bin_y").asInt() : null;
        Map<String, Object> optical = new LinkedHashMap<>();
        String filter = JsonMaps.text(m, "filter");
        String slit = JsonMaps.text(m, "spectra_slit");
        if (filter != null) optical.put("filter", filter);
        if (slit != null) optical.put("slit", slit);
        InstrumentConfig ic = new InstrumentConfig(
                m.path("exposure_count").asInt(),
                m.path("exposure_time").asDouble(),
                binX == null ? "" : binX + "x" + binY,
                "",
                binX,
                binY,
                optical,
                Map.of(),
                JsonMaps.map(m, MAPPED));
        Map<String, Object> extra = new LinkedHashMap<>();
        if (m.has("defocus")) extra.put("defocus", m.get("defocus").numberValue());
        return new Configuration(
                m.path("type").asText(),
                m.path("instrument_name").asText(),
                m.path("priority").asInt(1),
                target,
                constraints,
                List.of(ic),
                new AcquisitionConfig(
                        m.path("acquire_mode").asText("OFF"), JsonMaps.nullableNumber(m, "acquire_exp_time"), Map.of()),
                new GuidingConfig(m.path("ag_mode").asText("OPTIONAL"), Map.of()),
                null,
                extra);
    }

    /** Each instrument config of a configuration as a valhalla molecule. */
    static void molecules(Configuration k, List<ObjectNode> out) {
        for (InstrumentConfig ic : k.instrumentConfigs()) {
            ObjectNode m = JsonBodies.object();
            m.put("type", k.type());
            m.put("instrument_name", k.instrumentType());
            m.put("filter", stringOf(ic.opticalElements().get("filter")));
            m.put("exposure_time", ic.exposureTime());
            m.put("exposure_count", ic.exposureCount());
            if (ic.binX() != null) m.put("bin_x", ic.binX());
            if (ic.binY() != null) m.put("bin_y", ic.binY());
            m.put("ag_mode", k.guiding().mode());
            m.put("acquire_mode", k.acquisition().mode());
            if (k.acquisition().exposureTime() != null) {
                m.put("acquire_exp_time", k.acquisition().exposureTime());
            }
            m.put("spectra_slit", stringOf(ic.opticalElements().get("slit")));
            if (k.extraParams().get("defocus") instanceof Number n) m.put("defocus", n.doubleValue());
            m.put("priority", k.priority());
            JsonMaps.putAll(m, ic.moleculeFields());
            m.remove("fill_window");
            out.add(m);
        }
    }

    private static String stringOf(Object v) {
        return v == null ? "" : v.toString();
    }
}
