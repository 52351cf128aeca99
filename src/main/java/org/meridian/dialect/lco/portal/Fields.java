// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import org.meridian.web.DjangoTime;

/**
 * Reads one field of a submitted object the way a DRF serializer field does: copies the cleaned
 * value (or its default) into {@code out}, or records DRF's message in {@code errors}.
 */
record Fields(JsonNode in, ObjectNode out, DrfErrors errors) {
    /** DRF's DateTimeField message. */
    static final String INVALID_DATE_TIME =
            "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";

    /** Whether {@code in} is a JSON object; records DRF's message for the field otherwise. */
    static boolean isObject(JsonNode node, DrfErrors parent, String field) {
        if (node == null || node.isMissingNode()) {
            parent.add(field, DrfErrors.REQUIRED);
            return false;
        }
        if (!node.isObject()) {
            parent.add(field, "Invalid data. Expected a dictionary, but got " + pythonType(node) + ".");
            return false;
        }
        return true;
    }

    /** Whether {@code list} is a non-empty JSON array; records DRF's message for the field otherwise. */
    static boolean isNonEmptyList(JsonNode list, DrfErrors parent, String field, String whenEmpty) {
        if (list == null || list.isNull()) {
            parent.add(field, DrfErrors.REQUIRED);
            return false;
        }
        if (!list.isArray()) {
            parent.add(field, "Expected a list of items but got type \"" + pythonType(list) + "\".");
            return false;
        }
        if (list.isEmpty()) {
            parent.add(field, whenEmpty);
            return false;
        }
        return true;
    }

    static String pythonType(JsonNode node) {
        if (node.isTextual()) return "str";
        if (node.isIntegralNumber()) return "int";
        if (node.isNumber()) return "float";
        if (node.isBoolean()) return "bool";
        if (node.isArray()) return "list";
        if (node.isNull()) return "NoneType";
        return "dict";
    }

    private JsonNode raw(String field) {
        JsonNode v = in.get(field);
        return v == null || v.isMissingNode() ? null : v;
    }

    /** Whether the value is absent or null; for a required field, records DRF's error for which. */
    private boolean missing(String field, boolean required, JsonNode v) {
        if (v != null && !v.isNull()) {
            return false;
        }
        if (required) {
            errors.add(field, v == null ? DrfErrors.REQUIRED : "This field may not be null.");
        }
        return true;
    }

    boolean present(String field) {
        JsonNode v = raw(field);
        return v != null && !v.isNull();
    }

    String string(String field, boolean required, String fallback, int maxLength) {
        JsonNode v = raw(field);
        if (missing(field, required, v)) {
            if (!required && fallback != null) out.put(field, fallback);
            return required ? null : fallback;
        }
        if (v.isContainerNode()) {
            errors.add(field, "Not a valid string.");
            return null;
        }
        String s = v.asText();
        if (required && s.isBlank()) {
            errors.add(field, "This field may not be blank.");
            return null;
        }
        if (maxLength > 0 && s.length() > maxLength) {
            errors.add(field, "Ensure this field has no more than " + maxLength + " characters.");
            return null;
        }
        out.put(field, s);
        return s;
    }

    String choice(String field, boolean required, String fallback, Collection<String> choices) {
        JsonNode v = raw(field);
        if (v == null || v.isNull()) {
            return string(field, required, fallback, 0);
        }
        String s = v.asText();
        if (!choices.contains(s)) {
            errors.add(field, "\"" + s + "\" is not a valid choice.");
            return null;
        }
        out.put(field, s);
        return s;
    }

    /** A float field; {@code min}/{@code max} are DRF's validators, rendered as Python would. */
    Double number(String field, boolean required, Double fallback, Double min, Double max) {
        JsonNode v = raw(field);
        if (missing(field, required, v)) {
            if (!required && fallback != null) {
                out.put(field, fallback);
            } else if (!required && v != null) {
                out.putNull(field);
            }
            return required ? null : fallback;
        }
        double d;
        if (v.isNumber()) {
            d = v.asDouble();
        } else if (v.isTextual()) {
            try {
                d = Double.parseDouble(v.asText().trim());
            } catch (NumberFormatException e) {
                errors.add(field, "A valid number is required.");
                return null;
            }
        } else {
            errors.add(field, "A valid number is required.");
            return null;
        }
        if (!Double.isFinite(d)) {
            errors.add(field, "A valid number is required.");
            return null;
        }
        if (min != null && d < min) {
            errors.add(field, "Ensure this value is greater than or equal to " + python(min) + ".");
            return null;
        }
        if (max != null && d > max) {
            errors.add(field, "Ensure this value is less than or equal to " + python(max) + ".");
            return null;
        }
        out.put(field, d);
        return d;
    }

    Integer integer(String field, boolean required, Integer fallback, Integer min) {
        JsonNode v = raw(field);
        if (missing(field, required, v)) {
            if (!required && fallback != null) out.put(field, fallback);
            return required ? null : fallback;
        }
        Integer i = null;
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            i = v.asInt();
        } else if (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()) && Math.abs(v.asDouble()) < 1e9) {
            i = (int) v.asDouble();
        } else if (v.isTextual()) {
            try {
                i = Integer.parseInt(v.asText().trim());
            } catch (NumberFormatException e) {
                i = null;
            }
        }
        if (i == null) {
            errors.add(field, "A valid integer is required.");
            return null;
        }
        if (min != null && i < min) {
            errors.add(field, "Ensure this value is greater than or equal to " + min + ".");
            return null;
        }
        out.put(field, i);
        return i;
    }

    Boolean bool(String field, boolean fallback) {
        JsonNode v = raw(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        String s = v.asText().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("1")) return true;
        if (s.equals("false") || s.equals("0")) return false;
        errors.add(field, "Must be a valid boolean.");
        return null;
    }

    Instant time(String field, boolean required, Instant fallback) {
        JsonNode v = raw(field);
        if (missing(field, required, v)) {
            if (!required && fallback != null) out.put(field, DjangoTime.format(fallback));
            return required ? null : fallback;
        }
        Instant t = DjangoTime.parse(v.asText()).orElse(null);
        if (t == null) {
            errors.add(field, INVALID_DATE_TIME);
            return null;
        }
        out.put(field, DjangoTime.format(t));
        return t;
    }

    /** Python's str() of a float validator bound: 0.5, 1.0, 25.0. */
    static String python(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return ((long) d) + ".0";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
