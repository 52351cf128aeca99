// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.meridian.core.observing.InstrumentType;
import org.meridian.core.observing.TelescopeNetwork;

/** One molecule as valhalla's MoleculeSerializer cleans and checks it (docs/lco-observing.md). */
final class MoleculeReader {
    static final List<String> TYPES = List.of(
            "EXPOSE",
            "SKY_FLAT",
            "STANDARD",
            "ARC",
            "LAMP_FLAT",
            "SPECTRUM",
            "AUTO_FOCUS",
            "TRIPLE",
            "NRES_TEST",
            "NRES_SPECTRUM",
            "NRES_EXPOSE",
            "ENGINEERING",
            "SCRIPT");
    private static final Set<String> FILTERED = Set.of("EXPOSE", "AUTO_FOCUS", "ZERO_POINTING", "STANDARD", "SKY_FLAT");
    private static final Set<String> SLIT = Set.of("SPECTRUM", "ARC", "LAMP_FLAT");
    private static final Set<String> GUIDED = Set.of("SPECTRUM", "NRES_SPECTRUM", "NRES_TEST", "NRES_EXPOSE");
    private static final Set<String> IMAGER_ONLY = Set.of("EXPOSE", "SKY_FLAT");
    private static final Set<String> SPECTROGRAPH_ONLY = Set.of("SPECTRUM", "ARC", "LAMP_FLAT");

    private MoleculeReader() {}

    static ObjectNode read(JsonNode in, DrfErrors errors, TelescopeNetwork network, int priority) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Fields f = new Fields(in, out, errors);
        String rawType = f.present("type") ? in.get("type").asText().toUpperCase(Locale.ROOT) : null;
        if (rawType != null && !TYPES.contains(rawType)) {
            errors.add("type", "\"" + in.get("type").asText() + "\" is not a valid choice.");
        } else if (rawType == null) {
            errors.add("type", DrfErrors.REQUIRED);
        } else {
            out.put("type", rawType);
        }
        String name = f.string("instrument_name", true, null, 0);
        Optional<InstrumentType> instrument = name == null ? Optional.empty() : network.instrument(name);
        if (name != null && instrument.isEmpty()) {
            errors.add("instrument_name", "Invalid instrument name " + name);
        }
        instrument.ifPresent(i -> out.put("instrument_name", i.code()));
        boolean spectrograph = instrument.map(InstrumentType::spectrograph).orElse(false);
        String filter = f.string("filter", false, "", 0);
        f.number("exposure_time", true, null, 0.01, null);
        f.integer("exposure_count", true, null, 1);
        f.choice("ag_mode", false, spectrograph ? "ON" : "OPTIONAL", List.of("OPTIONAL", "ON", "OFF"));
        f.string("ag_name", false, "", 0);
        f.string("ag_filter", false, "", 0);
        f.number("ag_exp_time", false, 10.0, null, null);
        f.string("ag_strategy", false, "", 0);
        String acquire =
                f.choice("acquire_mode", false, spectrograph ? "WCS" : "OFF", List.of("OFF", "WCS", "BRIGHTEST"));
        Double radius = f.number("acquire_radius_arcsec", false, 0.0, 0.0, null);
        f.string("acquire_strategy", false, "", 0);
        if (f.present("acquire_exp_time")) f.number("acquire_exp_time", false, null, 0.0, 30.0);
        String slit = f.string("spectra_slit", false, "", 0);
        f.string("spectra_lamp", false, "", 0);
        f.string("readout_mode", false, "", 0);
        f.choice("expmeter_mode", false, "OFF", List.of("OFF", "ON"));
        if (f.present("expmeter_snr")) f.number("expmeter_snr", false, null, null, null);
        f.number("defocus", false, 0.0, -3.0, 3.0);
        String args = f.string("args", false, "", 0);
        Boolean fill = f.bool("fill_window", false);
        if (Boolean.TRUE.equals(fill)) out.put("fill_window", true);
        out.put("priority", priority);
        if (instrument.isEmpty() || rawType == null || !TYPES.contains(rawType)) {
            return out;
        }
        InstrumentType inst = instrument.get();
        binning(in, out, errors, inst);
        String type = rawType;
        if ("BRIGHTEST".equals(acquire) && (radius == null || radius <= 0)) {
            errors.add("acquire_radius_arcsec", "Acquire radius must be positive.");
        }
        if (GUIDED.contains(type) && !"ON".equals(out.path("ag_mode").asText())) {
            errors.add(DrfErrors.NON_FIELD, "Guiding must be ON for molecules of type " + type + ".");
        }
        if (type.equals("SCRIPT") && (args == null || args.isBlank())) {
            errors.add("args", "Must specify args for a SCRIPT molecule.");
        }
        if (spectrograph && IMAGER_ONLY.contains(type)) {
            errors.add("type", "Type " + type + " is not valid for the spectrograph " + inst.code() + ".");
        } else if (!spectrograph && SPECTROGRAPH_ONLY.contains(type)) {
            errors.add("type", "Type " + type + " is not valid for the imager " + inst.code() + ".");
        }
        if (!spectrograph && FILTERED.contains(type)) {
            if (filter == null || filter.isEmpty()) {
                errors.add("filter", "You must specify a filter for " + type + " exposures.");
            } else if (!containsIgnoringCase(inst.filters(), filter)) {
                errors.add(
                        "filter",
                        "Invalid filter " + filter + " for instrument " + inst.code() + ". Valid filters are: "
                                + String.join(", ", inst.filters()));
            }
        }
        if (spectrograph && SLIT.contains(type)) {
            String chosen = slit != null && !slit.isEmpty() ? slit : filter;
            if (chosen == null || chosen.isEmpty() || !containsIgnoringCase(inst.filters(), chosen)) {
                errors.add(
                        "spectra_slit",
                        "Invalid spectra slit " + chosen + " for instrument " + inst.code() + ". Valid slits are: "
                                + String.join(", ", inst.filters()));
            }
        }
        return out;
    }

    /** Both bins or neither: neither takes the instrument's default, both must be a mode it has. */
    private static void binning(JsonNode in, ObjectNode out, DrfErrors errors, InstrumentType inst) {
        Fields f = new Fields(in, out, errors);
        boolean hasX = f.present("bin_x");
        boolean hasY = f.present("bin_y");
        if (!hasX && !hasY) {
            out.put("bin_x", inst.defaultBinning());
            out.put("bin_y", inst.defaultBinning());
            return;
        }
        if (hasX != hasY) {
            errors.add(DrfErrors.NON_FIELD, "Missing one of bin_x or bin_y. Specify both or neither.");
            return;
        }
        Integer x = f.integer("bin_x", true, null, 1);
        f.integer("bin_y", true, null, 1);
        if (x != null && inst.readoutModes().stream().noneMatch(m -> m.binning() == x)) {
            errors.add(
                    "bin_x",
                    "Invalid binning of " + x + " for instrument " + inst.code() + ". Valid binnings are: "
                            + inst.readoutModes().stream()
                                    .map(m -> String.valueOf(m.binning()))
                                    .collect(Collectors.joining(", ")));
        }
    }

    private static boolean containsIgnoringCase(List<String> values, String wanted) {
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(wanted));
    }
}
