// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.meridian.demo.GeminiPlan.Frame;

/**
 * Writes the Gemini observation logs of the demo: one plain-text log per science program and UT
 * date, named as the archive names them ({@code 20101231_GN-2010B-Q-22_obslog.txt}), listing the
 * night's frames of that program as an observer's log would. Calibration and engineering programs
 * get none. Everything comes from the plan, so the bytes are the same on every run.
 */
final class GeminiObslogWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private GeminiObslogWriter() {}

    static List<Path> write(Path dir, List<Frame> frames) throws IOException {
        Map<String, List<Frame>> nights = new TreeMap<>();
        for (Frame f : frames) {
            if (f.programId().contains("CAL") || f.programId().contains("ENG")) {
                continue;
            }
            LocalDate day = f.ut().atZone(ZoneOffset.UTC).toLocalDate();
            nights.computeIfAbsent(day.format(DAY) + "_" + f.programId() + "_obslog.txt", k -> new ArrayList<>())
                    .add(f);
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<Frame>> night : nights.entrySet()) {
            Path file = dir.resolve(night.getKey());
            Files.writeString(file, log(night.getValue()), StandardCharsets.US_ASCII);
            written.add(file);
        }
        return written;
    }

    static String log(List<Frame> frames) {
        Frame first = frames.getFirst();
        LocalDate day = first.ut().atZone(ZoneOffset.UTC).toLocalDate();
        StringBuilder b = new StringBuilder();
        b.append("Gemini Observatory Observing Log\n");
        b.append("Program:    ").append(first.programId()).append('\n');
        b.append("Telescope:  ")
                .append(first.north() ? "Gemini-North" : "Gemini-South")
                .append('\n');
        b.append("Instrument: ").append(first.instrument()).append('\n');
        b.append("UT date:    ").append(day).append('\n');
        b.append("Observer:   queue\n\n");
        b.append(String.format(
                Locale.ROOT,
                "%-20s %-24s %-8s %-10s %-10s %-8s %-16s %-14s %s%n",
                "Filename",
                "Data label",
                "UT",
                "Type",
                "Class",
                "Exp(s)",
                "Filter",
                "Grating",
                "Object"));
        for (Frame f : frames) {
            b.append(String.format(
                    Locale.ROOT,
                    "%-20s %-24s %-8s %-10s %-10s %-8.1f %-16s %-14s %s%n",
                    f.name() + ".fits",
                    f.dataLabel(),
                    TIME.format(f.ut()),
                    f.obsType(),
                    f.obsClass(),
                    f.exposure(),
                    f.filter(),
                    f.grating().isEmpty() ? "-" : f.grating(),
                    f.target().name()));
        }
        b.append("\nComments:\n");
        b.append(String.format(
                Locale.ROOT,
                "%s: %d frames of %s; QA %s.%n",
                TIME.format(first.ut()),
                frames.size(),
                first.target().name(),
                frames.stream().allMatch(f -> f.qa().equals("Pass")) ? "Pass" : "mixed"));
        return b.toString();
    }
}
