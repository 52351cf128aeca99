// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.meridian.core.observing.Semester;
import org.meridian.core.observing.TelescopeNetwork;

/**
 * The structural half of submission: the group's fields and defaults (valhalla's
 * UserRequestSerializer, the current portal's RequestGroupSerializer), then each Request through
 * the API's own request reader. {@link SubmissionRules} adds the checks that need the database
 * and the sky.
 *
 * @param cleaned the group's cleaned fields; for valhalla's shape also its cleaned "requests"
 * @param requests each request as the API's reader gave it, in order (valid or not)
 */
record Submission<T>(ObjectNode cleaned, List<T> requests, DrfErrors errors) {
    static final List<String> OPERATORS = List.of("SINGLE", "MANY", "AND", "ONEOF");
    static final List<String> OBSERVATION_TYPES = List.of("NORMAL", "TARGET_OF_OPPORTUNITY");

    /** Reads one request of the submission, recording its errors. */
    interface RequestReading<T> {
        T read(JsonNode in, DrfErrors errors);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** A valhalla UserRequest; the cleaned requests are also under {@code cleaned.requests}. */
    static Submission<ObjectNode> read(JsonNode in, TelescopeNetwork network, List<Semester> semesters, Instant now) {
        RequestReader reader = new RequestReader(network, semesters, now);
        Submission<ObjectNode> s = read(in, "group_id", OBSERVATION_TYPES, reader::read);
        ArrayNode requests = s.cleaned().putArray("requests");
        s.requests().forEach(requests::add);
        return s;
    }

    static <T> Submission<T> read(
            JsonNode in, String nameField, List<String> observationTypes, RequestReading<T> reader) {
        DrfErrors errors = new DrfErrors();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        List<T> requests = new ArrayList<>();
        if (in == null || !in.isObject()) {
            errors.nonField("Invalid data. Expected a dictionary, but got "
                    + (in == null ? "NoneType" : Fields.pythonType(in)) + ".");
            return new Submission<>(out, requests, errors);
        }
        Fields f = new Fields(in, out, errors);
        f.string("proposal", true, null, 0);
        f.string(nameField, true, null, 50);
        String operator = f.choice("operator", true, null, OPERATORS);
        f.number("ipp_value", true, null, 0.5, null);
        f.choice("observation_type", true, null, observationTypes);
        JsonNode list = in.get("requests");
        if (Fields.isNonEmptyList(list, errors, "requests", "This list may not be empty.")) {
            for (int i = 0; i < list.size(); i++) {
                DrfErrors e = errors.item("requests", i, list.size());
                if (Fields.isObject(list.get(i), e, DrfErrors.NON_FIELD)) {
                    requests.add(reader.read(list.get(i), e));
                }
            }
            if ("SINGLE".equals(operator) && list.size() != 1) {
                errors.nonField("When operator is SINGLE, you must specify exactly 1 request");
            } else if (operator != null && !"SINGLE".equals(operator) && list.size() < 2) {
                errors.nonField("When operator is " + operator + ", you must specify more than 1 request");
            }
        }
        return new Submission<>(out, requests, errors);
    }
}
