// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.meridian.ingest.gemini.GeminiObslogs;
import org.meridian.store.Database;
import org.meridian.store.FileStore;

/**
 * Ingests FITS files: digest, read headers, map them per instrument, store the bytes, and record
 * everything in one transaction per file. A bad file is reported with a one-line reason and the
 * run goes on; an interrupted run leaves each file either fully recorded or not at all.
 */
public final class IngestService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngestService.class);

    private final Database db;
    private final FileStore store;
    private final int threads;
    private final GeminiObslogs obslogs;

    public IngestService(Database db, FileStore store, int threads) {
        this.db = db;
        this.store = store;
        this.threads = threads;
        this.obslogs = new GeminiObslogs(db, store);
    }

    /**
     * Files under {@code paths} (recursively) whose names end in .fits, .fits.bz2, .fits.gz or .fits.fz,
     * and Gemini observation logs ({@code <yyyymmdd>_<progid>_obslog.txt}), sorted.
     */
    public static List<Path> findFitsFiles(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> isFits(f) || GeminiObslogs.isObslog(f))
                            .forEach(out::add);
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                throw new IOException("no such file or directory: " + p);
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    static boolean isFits(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".fits")
                || n.endsWith(".fits.bz2")
                || n.endsWith(".fits.gz")
                || n.endsWith(".fits.fz")
                || n.endsWith(".fit");
    }

    public IngestReport ingest(List<Path> files, IngestListener listener) throws InterruptedException {
        Instant started = Instant.now();
        long totalBytes = files.stream().mapToLong(IngestService::sizeOrZero).sum();
        listener.started(files.size(), totalBytes);
        IngestContext context = new ProgramFacts(db);
        List<IngestOutcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads))) {
            List<Future<IngestOutcome>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    IngestOutcome outcome = ingestOne(file, context);
                    listener.fileDone(outcome);
                    return outcome;
                }));
            }
            for (Future<IngestOutcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("ingest worker failed", e.getCause());
                }
            }
        }
        int ingested = 0, unchanged = 0;
        List<IngestOutcome.Failed> failed = new ArrayList<>();
        for (IngestOutcome o : outcomes) {
            switch (o) {
                case IngestOutcome.Ingested i -> ingested++;
                case IngestOutcome.Unchanged u -> unchanged++;
                case IngestOutcome.Failed f -> failed.add(f);
            }
        }
        return new IngestReport(ingested, unchanged, failed, totalBytes, Duration.between(started, Instant.now()));
    }

    /** Ingests one file; never throws for a bad file, only reports it. */
    IngestOutcome ingestOne(Path file, IngestContext context) {
        long bytes = sizeOrZero(file);
        try {
            if (GeminiObslogs.isObslog(file)) {
                // A night log, not a FITS file: no observation, its own table (0: it has no file version).
                return obslogs.ingest(file) == GeminiObslogs.Result.INGESTED
                        ? new IngestOutcome.Ingested(file, bytes, 0, List.of())
                        : new IngestOutcome.Unchanged(file, bytes);
            }
            FileScan scan = FileScan.of(file);
            FitsHeaders headers = scan.headers();
            MappedFile mapped = SkyChecks.checked(HeaderMappers.map(headers, context));
            return record(file, bytes, scan.digest(), headers, mapped);
        } catch (BadFileException e) {
            return new IngestOutcome.Failed(file, bytes, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return new IngestOutcome.Failed(file, bytes, "cannot read: " + e.getMessage());
        } catch (SQLException e) {
            return new IngestOutcome.Failed(file, bytes, "database refused the record: " + firstLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // A mapper bug on an odd header must not stop the run; the operator sees which file, the log why.
            LOG.warn("unexpected failure ingesting {}", file, e);
            return new IngestOutcome.Failed(
                    file,
                    bytes,
                    "unexpected " + e.getClass().getSimpleName() + ": " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    private IngestOutcome record(Path file, long bytes, FileDigest digest, FitsHeaders headers, MappedFile mapped)
            throws SQLException, IOException {
        String name = FileDigest.datasetName(headers.filename());
        String key = storageKey(mapped.storagePath(), digest.fileMd5(), headers.filename());
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                Optional<FileRecorder.CurrentVersion> current = FileRecorder.current(c, name);
                if (current.isPresent() && current.get().fileMd5().equals(digest.fileMd5())) {
                    c.rollback();
                    return new IngestOutcome.Unchanged(file, bytes);
                }
                // Bytes first, under a key unique to this content: a crash before commit leaves an
                // unreferenced file, never a catalogue row pointing at missing or different bytes.
                store.put(key, file);
                Instant lastmod = Files.getLastModifiedTime(file).toInstant();
                long versionId = FileRecorder.record(c, mapped, headers, digest, key, lastmod);
                c.commit();
                if (current.isPresent() && !current.get().storageKey().equals(key)) {
                    store.delete(current.get().storageKey()); // the old version is now "not present"
                }
                return new IngestOutcome.Ingested(file, bytes, versionId, mapped.warnings());
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** {@code dir/of/storagePath/<md5 prefix>/<filename>}: readable, and unique per content. */
    static String storageKey(String storagePath, String md5, String filename) {
        int slash = storagePath.lastIndexOf('/');
        String dir = slash < 0 ? "" : storagePath.substring(0, slash + 1);
        return dir + md5.substring(0, 12) + "/" + filename;
    }

    private static long sizeOrZero(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
