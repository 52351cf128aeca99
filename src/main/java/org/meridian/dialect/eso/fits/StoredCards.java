// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.fits;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One HDU's cards as the archive stored them at ingest ({@code header.cards}: {@code [{"k","v","c"}, ...]}
 * per HDU), so that DataLink can describe a dataset's axes without opening its file.
 */
public final class StoredCards implements HeaderCards {

    private final Map<String, JsonNode> values = new HashMap<>();

    public StoredCards(JsonNode hdu) {
        for (JsonNode card : hdu) {
            String key = card.path("k").asText();
            values.putIfAbsent(key, card.path("v")); // the first of a repeated keyword wins, as in FITS readers
        }
    }

    @Override
    public Optional<String> text(String key) {
        JsonNode v = values.get(key);
        return v == null || v.isNull() || v.isMissingNode() ? Optional.empty() : Optional.of(v.asText());
    }

    @Override
    public Optional<Double> number(String key) {
        JsonNode v = values.get(key);
        if (v == null || !v.isNumber()) {
            return Optional.empty();
        }
        double d = v.asDouble();
        return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    }
}
