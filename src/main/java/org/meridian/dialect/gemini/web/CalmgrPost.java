// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.meridian.core.calibration.CalTarget;
import org.meridian.web.NulCharacters;

/**
 * A POSTed calibration request (DRAGONS' calibration client): {@code {"tags": [...], "descriptors":
 * {...}}}, the science frame described by the client rather than found in the archive. Descriptor
 * names are DRAGONS' (e.g. {@code detector_x_bin}, {@code read_speed_setting}); they become the
 * archive columns the rules compare. FitsStorage's older {@code descriptors=<python dict>&types=...}
 * form is not accepted: it needs a Python literal evaluator, and DRAGONS has sent JSON since 3.0.
 */
final class CalmgrPost {

    /** Thrown for a body the calibration manager cannot use; the message is sent as plain text with a 400. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** DRAGONS descriptor name → archive column, where they differ. */
    private static final Map<String, String> RENAMED = Map.of(
            "read_speed_setting", "detector_readspeed_setting",
            "gain_setting", "detector_gain_setting",
            "read_mode", "detector_readmode_setting",
            "well_depth_setting", "detector_welldepth_setting");

    private CalmgrPost() {}

    static CalTarget parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new BadRequest("Missing POST data");
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(body);
        } catch (IOException e) {
            throw new BadRequest("Unable to parse JSON POST data.");
        }
        if (payload == null || !payload.isObject()) {
            throw new BadRequest("Malformed JSON POST data - value is not a dict.");
        }
        // Descriptor values become SQL parameters, which can hold no NUL character.
        NulCharacters.in(payload).ifPresent(where -> {
            throw new BadRequest(NulCharacters.message(where));
        });
        JsonNode tags = payload.get("tags");
        if (tags == null || !tags.isArray()) {
            throw new BadRequest("Malformed JSON POST data - missing or malformed tags item");
        }
        JsonNode descriptors = payload.get("descriptors");
        if (descriptors == null || !descriptors.isObject()) {
            throw new BadRequest("Malformed JSON POST data - missing or malformed descriptors item");
        }
        Set<String> types = new HashSet<>();
        tags.forEach(t -> types.add(t.asText()));
        Map<String, Object> values = new HashMap<>();
        descriptors.fields().forEachRemaining(e -> {
            String column = RENAMED.getOrDefault(e.getKey(), e.getKey());
            Object v = value(e.getValue());
            if (v != null && CalTarget.COLUMNS.contains(column)) {
                values.put(column, v);
            }
        });
        JsonNode x = descriptors.get("detector_x_bin");
        JsonNode y = descriptors.get("detector_y_bin");
        if (x != null && y != null && x.canConvertToInt() && y.canConvertToInt()) {
            values.put("detector_binning", x.asInt() + "x" + y.asInt());
        }
        // Tags the archive keeps as columns (FitsStorage pushes these into the descriptors too).
        values.put("spectroscopy", types.contains("SPECT"));
        require(descriptors, "instrument");
        require(descriptors, "data_label");
        Instant ut = utDatetime(require(descriptors, "ut_datetime"));
        JsonNode engineering = descriptors.get("engineering");
        return new CalTarget(
                null,
                ut,
                engineering != null && engineering.isBoolean() ? engineering.asBoolean() : null,
                values,
                types);
    }

    private static JsonNode require(JsonNode descriptors, String name) {
        JsonNode v = descriptors.get(name);
        if (v == null) {
            throw new BadRequest("Missing field in request: '" + name + "'");
        }
        return v;
    }

    private static Instant utDatetime(JsonNode v) {
        String s = v.asText();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new BadRequest("Invalid ut_datetime in request: " + s);
            }
        }
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        return v.asText();
    }
}
