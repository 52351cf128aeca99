// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.meridian.app.Archive;
import org.meridian.ingest.IngestListener;
import org.meridian.ingest.IngestOutcome;
import org.meridian.ingest.IngestReport;
import org.meridian.ingest.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code meridian ingest PATH...}: ingest FITS files and directories (recursively). */
@Command(name = "ingest", description = "Ingest FITS files (.fits, .fits.bz2, .fits.gz, .fits.fz) and directories.")
public final class IngestCommand extends ArchiveCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories")
    List<Path> paths;

    @Override
    int runOn(Archive archive) throws Exception {
        IngestReport report = run(archive, IngestService.findFitsFiles(paths));
        return report.ok() ? 0 : 1;
    }

    /** Ingests with a progress bar and prints one line per failed file; shared with {@code demo}. */
    static IngestReport run(Archive archive, List<Path> files) throws InterruptedException {
        ProgressBar bar = new ProgressBar(System.err, "ingest", "files");
        AtomicLong done = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        IngestReport report = archive.ingestService().ingest(files, new IngestListener() {
            @Override
            public void started(int count, long totalBytes) {
                bar.total(count);
            }

            @Override
            public void fileDone(IngestOutcome outcome) {
                long mb = bytes.addAndGet(outcome.bytes()) >> 20;
                if (outcome instanceof IngestOutcome.Failed f) {
                    System.err.println("\r\u001b[Kfailed: " + f.file() + ": " + f.reason());
                } else if (outcome instanceof IngestOutcome.Ingested i
                        && !i.warnings().isEmpty()) {
                    System.err.println("\r\u001b[Kwarning: " + i.file() + ": " + String.join("; ", i.warnings()));
                }
                bar.update(done.incrementAndGet(), mb + " MB");
            }
        });
        bar.finish(String.format(
                "%d ingested, %d unchanged, %d failed; %.1f files/s, %.1f MB/s",
                report.ingested(),
                report.unchanged(),
                report.failed().size(),
                report.filesPerSecond(),
                report.megabytesPerSecond()));
        return report;
    }
}
