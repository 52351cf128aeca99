// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.cli;

import java.time.Clock;
import java.time.Duration;
import org.meridian.app.Archive;
import org.meridian.core.archive.StoredFileCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code meridian gc}: removes stored files no row references (what a crash mid-ingest or mid-job
 * leaves), older than a grace period so that work in progress is never touched; safe while serving.
 */
@Command(name = "gc", description = "Remove stored files that no archive row references (left by crashes).")
public final class GcCommand extends ArchiveCommand {

    @Option(names = "--dry-run", description = "only list what would be removed")
    boolean dryRun;

    @Option(
            names = "--grace-minutes",
            description =
                    "leave files younger than this, whose rows may not be committed yet (default ${DEFAULT-VALUE})")
    long graceMinutes = 60;

    @Override
    int runOn(Archive archive) throws Exception {
        StoredFileCollector.Report report = new StoredFileCollector(archive.db(), archive.files(), Clock.systemUTC())
                .collect(Duration.ofMinutes(graceMinutes), dryRun);
        report.removed().forEach(key -> System.out.println((dryRun ? "would remove " : "removed ") + key));
        System.out.printf(
                "%d stored files: %d referenced, %d %s, %d younger than %d minutes left alone%n",
                report.stored(),
                report.referenced(),
                report.removed().size(),
                dryRun ? "unreferenced" : "unreferenced removed",
                report.tooYoung(),
                graceMinutes);
        return 0;
    }
}
