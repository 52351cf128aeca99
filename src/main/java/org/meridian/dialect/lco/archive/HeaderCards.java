// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Header cards as the archive's {@code Headers.data}: one object of keyword → value. The stored
 * cards are per HDU ({@code [[{"k","v","c"}, ...], ...]}); the archive keeps the HDU it ingested,
 * the first holding every required key (docs/lco-archive.md), without HISTORY and COMMENT.
 */
final class HeaderCards {

    static final List<String> REQUIRED =
            List.of("PROPID", "DATE-OBS", "DAY-OBS", "INSTRUME", "SITEID", "TELID", "OBSTYPE", "BLKUID");

    private HeaderCards() {}

    static Map<String, Object> primaryData(JsonNode hdus) {
        JsonNode chosen = hdus.path(0);
        for (JsonNode hdu : hdus) {
            if (REQUIRED.stream().allMatch(k -> has(hdu, k))) {
                chosen = hdu;
                break;
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (JsonNode card : chosen) {
            String key = card.path("k").asText("");
            if (key.isEmpty() || key.equals("HISTORY") || key.equals("COMMENT") || data.containsKey(key)) {
                continue;
            }
            data.put(key, card.get("v"));
        }
        return data;
    }

    private static boolean has(JsonNode hdu, String key) {
        for (JsonNode card : hdu) {
            if (key.equals(card.path("k").asText())) {
                return true;
            }
        }
        return false;
    }
}
