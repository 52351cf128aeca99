// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.util.Map;

/**
 * The {@code ordering} parameter: a frame field, {@code -} for descending; ties broken by id. An
 * unknown field is ignored and the default ({@code -observation_date}) used, as DRF's OrderingFilter does.
 */
public record FrameOrdering(String field, String column, boolean descending) {

    private static final Map<String, String> COLUMNS = Map.of(
            "id", "o.id",
            "basename", "o.obs_key",
            "observation_date", "o.ut_start",
            "primary_optical_element", "o.filter_name",
            "configuration_type", "o.observation_type",
            "proposal_id", "o.program_id",
            "instrument_id", "o.instrument",
            "target_name", "o.object",
            "reduction_level", "o.reduction_level",
            "exposure_time", "o.exposure_time");

    public static final FrameOrdering DEFAULT = new FrameOrdering("observation_date", "o.ut_start", true);

    public static FrameOrdering parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String v = value.split(",")[0].trim();
        boolean descending = v.startsWith("-");
        String field = descending ? v.substring(1) : v;
        String column = COLUMNS.get(field);
        return column == null ? DEFAULT : new FrameOrdering(field, column, descending);
    }

    /** Whether keyset (cursor) pagination can page on this order: the column is never null. */
    public boolean keysetable() {
        return field.equals("observation_date") || field.equals("id");
    }

    public String sql() {
        String dir = descending ? " desc" : " asc";
        String nulls = descending ? " nulls last" : " nulls first";
        return column.equals("o.id") ? "o.id" + dir : column + dir + nulls + ", o.id" + dir;
    }
}
