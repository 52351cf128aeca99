// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.meridian.core.observing.Semester;
import org.meridian.core.observing.TelescopeNetwork;

/**
 * The structural half of submission: valhalla's UserRequestSerializer fields and defaults, then each
 * Request. The result is the cleaned payload plus DRF errors; {@link SubmissionRules} adds the
 * checks that need the database and the sky.
 */
record Submission(ObjectNode cleaned, DrfErrors errors) {
    static final List<String> OPERATORS = List.of("SINGLE", "MANY", "AND", "ONEOF");
    static final List<String> OBSERVATION_TYPES = List.of("NORMAL", "TARGET_OF_OPPORTUNITY");

    boolean valid() {
        return errors.isEmpty();
    }

    static Submission read(JsonNode in, TelescopeNetwork network, List<Semester> semesters, Instant now) {
        DrfErrors errors = new DrfErrors();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (in == null || !in.isObject()) {
            errors.nonField("Invalid data. Expected a dictionary, but got "
                    + (in == null ? "NoneType" : Fields.pythonType(in)) + ".");
            return new Submission(out, errors);
        }
        Fields f = new Fields(in, out, errors);
        f.string("proposal", true, null, 0);
        f.string("group_id", true, null, 50);
        String operator = f.choice("operator", true, null, OPERATORS);
        f.number("ipp_value", true, null, 0.5, null);
        f.choice("observation_type", true, null, OBSERVATION_TYPES);
        ArrayNode requests = out.putArray("requests");
        JsonNode list = in.get("requests");
        if (Fields.isNonEmptyList(list, errors, "requests", "This list may not be empty.")) {
            RequestReader reader = new RequestReader(network, semesters, now);
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
        return new Submission(out, errors);
    }
}
