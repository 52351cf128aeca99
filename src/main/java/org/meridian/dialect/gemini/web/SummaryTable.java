// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import java.util.List;
import org.meridian.dialect.gemini.query.HeaderRow;

/** The results table of the summaries: which columns each variant shows, and one row's HTML. */
enum SummaryTable {
    SHORT("filename data_label ut_datetime instrument object observation_class qa_state"),
    NORMAL(Shared.OBSERVATION + " qa_state raw_iq raw_cc"),
    LONG(Shared.OBSERVATION
            + " detector_binning detector_roi_setting focal_plane_mask"
            + " qa_state raw_iq raw_cc raw_wv raw_bg release file_size data_md5");

    /** The columns NORMAL and LONG both start with, written once (an enum constant cannot use the enum's statics). */
    private static final class Shared {
        static final String OBSERVATION = "filename data_label ut_datetime instrument observation_class"
                + " observation_type object wavelength exposure_time airmass";
    }

    private final List<String> columns;

    SummaryTable(String columns) {
        this.columns = List.of(columns.split(" "));
    }

    String header() {
        StringBuilder b = new StringBuilder("<table id=\"results\"><thead><tr>");
        for (String c : columns) {
            b.append("<th>").append(Html.escape(title(c))).append("</th>");
        }
        return b.append("<th>Download</th></tr></thead><tbody>\n").toString();
    }

    String row(HeaderRow row, boolean links) {
        StringBuilder b = new StringBuilder("<tr>");
        for (String c : columns) {
            b.append("<td class=\"")
                    .append(c)
                    .append("\">")
                    .append(cell(row, c))
                    .append("</td>");
        }
        b.append("<td>");
        if (!row.dataVisible()) {
            b.append("PROPRIETARY");
        } else if (links) {
            b.append("<a href=\"/file/").append(Html.escape(row.filename())).append("\">[D]</a>");
        }
        return b.append("</td></tr>\n").toString();
    }

    static String footer() {
        return "</tbody></table>\n";
    }

    private static String cell(HeaderRow row, String column) {
        return switch (column) {
            case "filename" -> Html.escape(row.name());
            case "wavelength" ->
                Boolean.TRUE.equals(row.get("spectroscopy"))
                        ? Html.escape(row.text("disperser") + " : " + row.text("central_wavelength"))
                        : Html.escape(row.text("filter_name"));
            case "object" -> row.coordinatesVisible() ? Html.escape(row.get("object")) : "PROPRIETARY";
            default -> Html.escape(row.get(column));
        };
    }

    private static String title(String column) {
        return switch (column) {
            case "filename" -> "Filename";
            case "data_label" -> "Data Label";
            case "ut_datetime" -> "UT Date Time";
            case "instrument" -> "Inst";
            case "observation_class" -> "ObsClass";
            case "observation_type" -> "ObsType";
            case "object" -> "Object Name";
            case "wavelength" -> "WaveBand";
            case "exposure_time" -> "ExpTime";
            case "airmass" -> "AM";
            case "qa_state" -> "QA";
            case "raw_iq" -> "IQ";
            case "raw_cc" -> "CC";
            case "raw_wv" -> "WV";
            case "raw_bg" -> "BG";
            default -> column;
        };
    }
}
