// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** A Request's target as valhalla's TargetSerializer cleans it: only the chosen type's fields are kept. */
final class TargetReader {
    static final List<String> TYPES = List.of("SIDEREAL", "NON_SIDEREAL", "STATIC", "SATELLITE");
    static final List<String> SCHEMES = List.of(
            "ASA_MAJOR_PLANET",
            "ASA_MINOR_PLANET",
            "ASA_COMET",
            "JPL_MAJOR_PLANET",
            "JPL_MINOR_PLANET",
            "MPC_MINOR_PLANET",
            "MPC_COMET");
    static final List<String> COMET_SCHEMES = List.of("ASA_COMET", "JPL_MINOR_PLANET", "MPC_COMET");
    private static final Map<String, List<String>> SCHEME_FIELDS = Map.of(
            "ASA_MAJOR_PLANET", List.of("longofperih", "meandist", "meanlong", "dailymot"),
            "ASA_MINOR_PLANET", List.of("argofperih", "meandist", "meananom"),
            "MPC_MINOR_PLANET", List.of("argofperih", "meandist", "meananom"),
            "ASA_COMET", List.of("argofperih", "perihdist", "epochofperih"),
            "JPL_MINOR_PLANET", List.of("argofperih", "perihdist", "epochofperih"),
            "MPC_COMET", List.of("argofperih", "perihdist", "epochofperih"),
            "JPL_MAJOR_PLANET", List.of("argofperih", "meandist", "meananom", "dailymot"));
    private static final List<String> SATELLITE_FIELDS = List.of(
            "altitude",
            "azimuth",
            "diff_pitch_rate",
            "diff_roll_rate",
            "diff_epoch_rate",
            "diff_pitch_acceleration",
            "diff_roll_acceleration");

    private TargetReader() {}

    /** The cleaned target, or null with errors recorded under {@code errors}. */
    static ObjectNode read(JsonNode in, DrfErrors errors, boolean spectrograph) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Fields f = new Fields(in, out, errors);
        String type = f.choice("type", true, null, TYPES);
        f.string("name", true, null, 0);
        if (type == null) {
            return out;
        }
        switch (type) {
            case "SIDEREAL", "STATIC" -> sidereal(f, spectrograph);
            case "NON_SIDEREAL" -> nonSidereal(in, f, errors);
            default -> {
                SATELLITE_FIELDS.forEach(name -> f.number(name, true, null, null, null));
                errors.add("type", "SATELLITE targets cannot be scheduled by this portal.");
            }
        }
        return out;
    }

    private static void sidereal(Fields f, boolean spectrograph) {
        f.number("ra", true, null, 0.0, 360.0);
        f.number("dec", true, null, -90.0, 90.0);
        f.number("proper_motion_ra", false, 0.0, -20000.0, 20000.0);
        f.number("proper_motion_dec", false, 0.0, -20000.0, 20000.0);
        f.number("parallax", false, 0.0, -2000.0, 2000.0);
        f.string("coordinate_system", false, "ICRS", 0);
        f.string("equinox", false, "J2000", 0);
        f.number("epoch", false, 2000.0, null, 2100.0);
        if (f.present("acquire_mode")) f.string("acquire_mode", false, null, 0);
        f.choice("rot_mode", false, spectrograph ? "VFLOAT" : null, List.of("SKY", "FLOAT", "VERTICAL", "VFLOAT"));
        if (f.present("rot_angle")) f.number("rot_angle", false, null, null, null);
        if (f.present("vmag")) f.number("vmag", false, null, null, null);
    }

    private static void nonSidereal(JsonNode in, Fields f, DrfErrors errors) {
        String scheme = f.choice("scheme", true, null, SCHEMES);
        // The documentation's sample target names the element epoch "epoch"; valhalla stores epochofel.
        Fields epochs = in.has("epochofel") || !in.has("epoch") ? f : new Fields(renamed(in), outOf(f), errors);
        epochs.number("epochofel", true, null, 10000.0, 100000.0);
        f.number("orbinc", true, null, 0.0, 180.0);
        f.number("longascnode", true, null, 0.0, 360.0);
        Double e = f.number("eccentricity", true, null, 0.0, null);
        if (scheme == null) {
            return;
        }
        for (String name : SCHEME_FIELDS.get(scheme)) {
            switch (name) {
                case "argofperih", "meananom", "longofperih", "meanlong" -> f.number(name, true, null, 0.0, 360.0);
                case "epochofperih" -> f.number(name, true, null, 10000.0, 100000.0);
                default -> f.number(name, true, null, null, null);
            }
        }
        if (e != null && e > 0.9 && !COMET_SCHEMES.contains(scheme)) {
            errors.add(
                    "scheme",
                    "Non sidereal pointing of scheme " + scheme
                            + " requires eccentricity to be lower than 0.9. Submit with scheme MPC_COMET to use your"
                            + " eccentricity of " + e + ".");
        }
    }

    private static ObjectNode renamed(JsonNode in) {
        ObjectNode copy = ((ObjectNode) in).deepCopy();
        copy.set("epochofel", in.get("epoch"));
        return copy;
    }

    private static ObjectNode outOf(Fields f) {
        return f.out();
    }
}
