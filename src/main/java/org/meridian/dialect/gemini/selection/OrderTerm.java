// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.util.List;
import java.util.Set;

/** One {@code ?orderby=} term: an allowed column name, ascending unless it ended in {@code _desc}. */
public record OrderTerm(String name, boolean descending) {

    /** The names FitsStorage's orderby allows. */
    public static final Set<String> ALLOWED = Set.of(
            "filename",
            "lastmod",
            "entrytime",
            "instrument",
            "data_label",
            "observation_class",
            "observation_type",
            "airmass",
            "ut_datetime",
            "local_time",
            "raw_iq",
            "raw_cc",
            "raw_bg",
            "raw_wv",
            "qa_state",
            "filter_name",
            "exposure_time",
            "object",
            "disperser",
            "focal_plane_mask",
            "ra",
            "dec",
            "detector_binning",
            "central_wavelength");

    public OrderTerm {
        if (!ALLOWED.contains(name)) {
            throw new SelectionException("cannot order by '" + name + "'");
        }
    }

    /** Parses {@code name}, {@code name_asc} or {@code name_desc}. */
    public static OrderTerm parse(String term) {
        String t = term.strip();
        if (t.endsWith("_desc")) {
            return new OrderTerm(t.substring(0, t.length() - 5), true);
        }
        if (t.endsWith("_asc")) {
            return new OrderTerm(t.substring(0, t.length() - 4), false);
        }
        return new OrderTerm(t, false);
    }

    /** Every term of every {@code orderby} value; values may also list terms separated by commas. */
    public static List<OrderTerm> parseAll(List<String> values) {
        return values.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .filter(s -> !s.isBlank())
                .map(OrderTerm::parse)
                .toList();
    }
}
