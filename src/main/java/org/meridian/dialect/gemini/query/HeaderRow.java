// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One listed file version with its observation's header fields, as the Gemini archive's JSON and
 * HTML summaries show it. {@link #summary} holds the jsonsummary keys in the archive's order, with
 * values already converted as the archive converts them; coordinates are already blanked when the
 * caller may not see them.
 *
 * @param dataVisible whether the caller may download this file (proprietary rows are still listed)
 */
public record HeaderRow(
        long versionId,
        long observationRowId,
        boolean coordinatesVisible,
        boolean dataVisible,
        Map<String, Object> summary) {

    /** The keys of jsonfilelist, in order: the first block of jsonsummary. */
    public static final List<String> FILE_KEYS = List.of(
            "name",
            "filename",
            "path",
            "compressed",
            "file_size",
            "data_size",
            "file_md5",
            "data_md5",
            "lastmod",
            "mdready",
            "entrytime",
            "present",
            "canonical",
            "size",
            "md5",
            "pending_ingest");

    /** Fields hidden when the coordinates are proprietary and the caller may not see them. */
    public static final List<String> PROPRIETARY_KEYS =
            List.of("ra", "dec", "azimuth", "elevation", "airmass", "object", "cass_rotator_pa");

    public HeaderRow {
        // A row read by HeaderColumns is already read-only and ordered; anything else is copied.
        summary =
                summary instanceof SummaryValues ? summary : Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    public Object get(String key) {
        return summary.get(key);
    }

    public String text(String key) {
        Object v = summary.get(key);
        return v == null ? null : v.toString();
    }

    public String name() {
        return text("name");
    }

    public String filename() {
        return text("filename");
    }

    public String path() {
        return text("path");
    }

    /** {@code path/filename}, or just the filename when the path is empty (tar members, README). */
    public String pathAndFilename() {
        String path = path();
        return path == null || path.isEmpty() ? filename() : path + "/" + filename();
    }

    /** Just the jsonfilelist keys. */
    public Map<String, Object> fileEntry() {
        Map<String, Object> m = new LinkedHashMap<>();
        FILE_KEYS.forEach(k -> m.put(k, summary.get(k)));
        return m;
    }
}
