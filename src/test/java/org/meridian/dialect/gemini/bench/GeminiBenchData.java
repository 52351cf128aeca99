// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.meridian.app.Archive;
import org.meridian.app.Settings;
import org.meridian.ingest.IngestListener;
import org.meridian.ingest.IngestReport;
import org.meridian.store.Database;
import org.meridian.testing.TestDatabases;

/**
 * Bench data tool (a main, not a test): builds a Gemini archive home for the benchmarks, servable
 * with {@code ./meridian serve --home HOME}. It writes and ingests real GMOS-N {@code .fits.bz2}
 * files (about 5 MB each, one program, for {@code /download}), then adds synthetic observation,
 * file and file_version rows by COPY up to the target (they share the stored files' bytes), and
 * writes sample closed selections under {@code HOME/bench/}.
 * Args: [HOME=/tmp/geminibench-home] [FILES=1000000] [REAL_FILES=200].
 */
public final class GeminiBenchData {

    private GeminiBenchData() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : "/tmp/geminibench-home");
        long target = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int real = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        try (Archive archive = Archive.open(Settings.resolve(home, null, null, Map.of()))) {
            Database db = archive.db();
            if (TestDatabases.number(
                            db, "select count(*) from observation where program_id = '" + GmosRawFiles.PROGRAM + "'")
                    == 0) {
                ingestRealFiles(archive, home.resolve("incoming"), real);
            }
            long present = TestDatabases.number(db, "select count(*) from file");
            if (present < target) {
                QuerySamples samples = new QuerySamples(4999);
                long t = System.nanoTime();
                new ArchiveInflater(db).inflate(target - present, samples);
                samples.write(home.resolve("bench"));
                System.out.printf("inflated to %,d files in %.1f s%n", target, (System.nanoTime() - t) / 1e9);
            }
            report(db, home);
        }
    }

    private static void ingestRealFiles(Archive archive, Path incoming, int count) throws Exception {
        long t = System.nanoTime();
        List<Path> files = GmosRawFiles.write(incoming, count, 2);
        System.out.printf("wrote %d GMOS-N .fits.bz2 files in %.1f s%n", files.size(), (System.nanoTime() - t) / 1e9);
        IngestReport report = archive.ingestService().ingest(files, IngestListener.SILENT);
        if (!report.failed().isEmpty()) {
            throw new IllegalStateException("ingest failed: " + report.failed().getFirst());
        }
        System.out.printf(
                "ingested %d files (%.0f MB) in %.1f s%n",
                report.ingested(), report.bytes() / 1e6, report.elapsed().toMillis() / 1e3);
        try (Stream<Path> walk = Files.walk(incoming)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void report(Database db, Path home) throws Exception {
        System.out.printf(
                "rows: %,d programs, %,d observations, %,d files, %,d versions; %,d GMOS-N files%n",
                TestDatabases.number(db, "select count(*) from program"),
                TestDatabases.number(db, "select count(*) from observation"),
                TestDatabases.number(db, "select count(*) from file"),
                TestDatabases.number(db, "select count(*) from file_version"),
                TestDatabases.number(db, "select count(*) from observation where instrument = 'GMOS-N'"));
        System.out.printf(
                "sizes: observation %d MB, file %d MB, file_version %d MB (with indexes); database %d MB%n",
                TestDatabases.number(db, "select pg_total_relation_size('observation') / 1000000"),
                TestDatabases.number(db, "select pg_total_relation_size('file') / 1000000"),
                TestDatabases.number(db, "select pg_total_relation_size('file_version') / 1000000"),
                TestDatabases.number(db, "select pg_database_size(current_database()) / 1000000"));
        try (Stream<Path> walk = Files.walk(home.resolve("files"))) {
            long bytes = walk.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
            System.out.printf("stored files: %d MB%n", bytes / 1_000_000);
        }
    }
}
