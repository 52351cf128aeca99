// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Moves the errors of a request checked in valhalla's shape to the current portal's paths
 * ({@code configurations[j].instrument_configs[m]...}), where TOM Toolkit maps them to form fields.
 * Molecule k came from instrument config {@code origins[k]} = {j, m}.
 */
final class ErrorPaths {
    /** Molecule fields that are the configuration's, by their path under it. */
    private static final Map<String, List<String>> CONFIGURATION = Map.of(
            "instrument_name", List.of("instrument_type"),
            "ag_mode", List.of("guiding_config", "mode"),
            "acquire_mode", List.of("acquisition_config", "mode"),
            "acquire_exp_time", List.of("acquisition_config", "exposure_time"),
            "acquire_radius_arcsec", List.of("acquisition_config", "extra_params"),
            "defocus", List.of("extra_params", "defocus"));
    /** Molecule fields that are the instrument config's. */
    private static final Map<String, List<String>> INSTRUMENT_CONFIG = Map.of(
            "exposure_time", List.of("exposure_time"),
            "exposure_count", List.of("exposure_count"),
            "filter", List.of("optical_elements", "filter"),
            "spectra_slit", List.of("optical_elements", "slit"),
            "bin_x", List.of("mode"),
            "bin_y", List.of("mode"));

    private ErrorPaths() {}

    /**
     * @param checked the errors of the valhalla-shaped request
     * @param into the errors of the portal's request
     * @param sizes the number of instrument configs of each configuration
     */
    static void move(JsonNode checked, DrfErrors into, List<int[]> origins, List<Integer> sizes) {
        checked.fields().forEachRemaining(e -> {
            switch (e.getKey()) {
                case "molecules" -> {
                    if (!perMolecule(e.getValue(), origins)) {
                        // About the list itself ("expected a list", "required"): the configurations'.
                        into.mergeField("configurations", e.getValue());
                        return;
                    }
                    for (int k = 0; k < e.getValue().size(); k++) {
                        int[] o = origins.get(k);
                        DrfErrors configuration = into.item("configurations", o[0], sizes.size());
                        DrfErrors ic = configuration.item("instrument_configs", o[1], sizes.get(o[0]));
                        e.getValue().get(k).fields().forEachRemaining(f -> {
                            if (INSTRUMENT_CONFIG.containsKey(f.getKey())) {
                                at(ic, INSTRUMENT_CONFIG.get(f.getKey()), f.getValue());
                            } else {
                                at(
                                        configuration,
                                        CONFIGURATION.getOrDefault(f.getKey(), List.of(f.getKey())),
                                        f.getValue());
                            }
                        });
                    }
                }
                case "target", "constraints" ->
                    into.item("configurations", 0, sizes.size()).mergeField(e.getKey(), e.getValue());
                case "location" -> {
                    if (!(e.getValue() instanceof ObjectNode location)) {
                        into.mergeField("location", e.getValue()); // about the whole location
                        return;
                    }
                    ObjectNode renamed = location.deepCopy();
                    if (renamed.has("observatory")) renamed.set("enclosure", renamed.remove("observatory"));
                    into.mergeField("location", renamed);
                }
                default -> into.mergeField(e.getKey(), e.getValue());
            }
        });
    }

    /** Whether molecule errors come one object per molecule sent (else they are about the list). */
    private static boolean perMolecule(JsonNode errors, List<int[]> origins) {
        if (!errors.isArray() || errors.size() > origins.size()) {
            return false;
        }
        for (JsonNode e : errors) {
            if (!e.isObject()) {
                return false;
            }
        }
        return true;
    }

    private static void at(DrfErrors errors, List<String> path, JsonNode messages) {
        DrfErrors node = errors;
        for (String step : path.subList(0, path.size() - 1)) {
            node = node.child(step);
        }
        node.mergeField(path.get(path.size() - 1), messages);
    }
}
