// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /portal/Mashup/Mashup.asmx/columnsconfig}: per column, its label and VOTable datatype.
 * astroquery validates filter names against it and sends ranges for double/float columns.
 */
public final class ColumnsConfig {

    private ColumnsConfig() {}

    public static Map<String, Object> of(String configId) {
        List<MashupColumn> columns =
                switch (configId == null ? "" : configId.trim()) {
                    case "Mast.Caom.Cone", "Mast.Caom.Filtered", "Mast.Caom.Filtered.Position", "Mast.Caom.All" -> {
                        var all = new java.util.ArrayList<>(CaomColumns.ALL);
                        all.add(CaomColumns.distance(new ConeSearch(0, 0, 0)));
                        yield all;
                    }
                    case "Mast.Caom.Products" -> ProductSearch.COLUMNS;
                    default -> throw MastException.badRequest("unknown colConfigId: " + configId);
                };
        Map<String, Object> config = new LinkedHashMap<>();
        Map<String, Object> selected = new LinkedHashMap<>();
        selected.put("text", "selected");
        selected.put("add", true);
        selected.put("type", "boolean");
        selected.put("hidden", true);
        config.put("_selected_", selected);
        for (MashupColumn c : columns) {
            config.put(c.name(), c.config());
        }
        return config;
    }
}
