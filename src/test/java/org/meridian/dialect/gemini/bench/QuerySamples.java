// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Closed jsonsummary selections drawn evenly from the inflated archive while it is written (every
 * {@code stride}-th observation): program IDs, data labels, instrument + night, instrument + a
 * week, written one URL path per line into {@code <home>/bench/<kind>.txt} for the load main.
 */
final class QuerySamples {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private final int stride;
    private long seen;
    private final Set<String> programs = new LinkedHashSet<>();
    private final List<String> labels = new ArrayList<>();
    private final Set<String> instrumentDates = new LinkedHashSet<>();
    private final Set<String> instrumentWeeks = new LinkedHashSet<>();

    QuerySamples(int stride) {
        this.stride = stride;
    }

    void observed(String programId, String dataLabel, String instrument, LocalDate night) {
        if (seen++ % stride != 0) {
            return;
        }
        programs.add("/jsonsummary/" + programId);
        labels.add("/jsonsummary/" + dataLabel);
        instrumentDates.add("/jsonsummary/" + instrument + "/" + night.format(COMPACT));
        instrumentWeeks.add("/jsonsummary/" + instrument + "/" + night.format(COMPACT) + "-"
                + night.plusDays(6).format(COMPACT));
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("program.txt"), programs);
        Files.write(dir.resolve("datalabel.txt"), labels);
        Files.write(dir.resolve("instrument-date.txt"), instrumentDates);
        Files.write(dir.resolve("instrument-week.txt"), instrumentWeeks);
    }
}
