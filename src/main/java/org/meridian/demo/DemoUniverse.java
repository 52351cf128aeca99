// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.meridian.demo.DemoManifest.Catalog;
import org.meridian.demo.DemoManifest.DataFile;

/**
 * Generates the deterministic demo universe into a directory: Gemini, LCO, ESO and JWST FITS files,
 * Gaia-like and ESO ambient catalogs as VOTables, and the {@code demo.json} manifest. It never
 * touches the database; the archive's ingest and catalog import load what it writes.
 */
public final class DemoUniverse {

    /** Cone-search example positions in the seeds (Gaia TAP: Sgr A*; ESO SSAP), given dense fields. */
    private static final List<SkyField> SEED_FIELDS = List.of(
            new SkyField("gaia-tap-example", 266.41683, -29.00781, 0.12, 900),
            new SkyField("eso-ssap-example", EsoData.SSAP_RA, EsoData.SSAP_DEC, 0.25, 400));

    private DemoUniverse() {}

    /** A unit of work: writes some files and says which collection they belong to. */
    private interface Task {
        List<Path> run(StarCatalog catalog) throws IOException;
    }

    private record Job(String collection, Task task) {}

    public static DemoSummary generate(Path outDir, int scale, ProgressListener progress) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, got " + scale);
        }
        try {
            Files.createDirectories(outDir);
            return run(outDir.toAbsolutePath(), scale, progress == null ? ProgressListener.NONE : progress);
        } catch (IOException e) {
            throw new UncheckedIOException("demo generation into " + outDir + " failed: " + e.getMessage(), e);
        }
    }

    private static DemoSummary run(Path outDir, int scale, ProgressListener progress) throws IOException {
        List<GeminiPlan.Frame> gemini = GeminiPlan.frames(scale);
        List<LcoPlan.Frame> lco = LcoPlan.frames(scale);
        List<EsoData.Night> eso = EsoData.nights(scale);
        List<JwstData.Observation> jwst = JwstData.observations(scale);
        StarCatalog catalog = StarCatalog.build(fields(lco, eso, jwst), scale);

        List<Job> jobs = new ArrayList<>();
        Path gem = outDir.resolve("gemini");
        gemini.forEach(f -> jobs.add(new Job("GEMINI", c -> List.of(GeminiWriter.write(gem, f, c)))));
        lco.forEach(f -> jobs.add(new Job("LCO", c -> List.of(LcoWriter.write(outDir, f, c)))));
        eso.forEach(n -> jobs.add(new Job("ESO", c -> EsoData.write(outDir, n, c))));
        jwst.forEach(o -> jobs.add(new Job("JWST", c -> JwstData.write(outDir, o, c))));

        long total = jobs.size() + 2L;
        AtomicLong done = new AtomicLong();
        List<Catalog> catalogs = new ArrayList<>(GaiaTables.write(outDir, catalog));
        progress.progress(total, done.incrementAndGet());
        catalogs.addAll(AmbientTables.write(
                outDir, eso.stream().map(EsoData.Night::date).distinct().toList()));
        progress.progress(total, done.incrementAndGet());

        // Every job draws from its own named random stream, so running them in parallel keeps the bytes fixed.
        List<List<DataFile>> written = IntStream.range(0, jobs.size())
                .parallel()
                .mapToObj(i -> {
                    Job job = jobs.get(i);
                    try {
                        List<DataFile> files = new ArrayList<>();
                        for (Path p : job.task().run(catalog)) {
                            files.add(new DataFile(relative(outDir, p), job.collection(), Files.size(p)));
                        }
                        synchronized (progress) {
                            progress.progress(total, done.incrementAndGet());
                        }
                        return files;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
        List<DataFile> files = written.stream().flatMap(List::stream).toList();

        List<DataFile> obslogs = new ArrayList<>();
        for (Path p : GeminiObslogWriter.write(gem.resolve("obslogs"), gemini)) {
            obslogs.add(new DataFile(relative(outDir, p), "GEMINI", Files.size(p)));
        }

        DemoManifest manifest = new DemoManifest(
                DemoManifest.FORMAT_VERSION,
                scale,
                DemoPrograms.programs(scale),
                DemoPrograms.semesters(),
                DemoPrograms.allocations(),
                DemoPrograms.accounts(),
                catalogs,
                files,
                obslogs);
        Path manifestFile = outDir.resolve(DemoManifest.FILE_NAME);
        manifest.write(manifestFile);

        long bytes;
        try (Stream<Path> all = Files.walk(outDir)) {
            bytes = all.filter(Files::isRegularFile)
                    .mapToLong(DemoUniverse::size)
                    .sum();
        }
        long rows = catalogs.stream().mapToLong(Catalog::rows).sum();
        return new DemoSummary(files.size(), catalogs.size(), rows, bytes, manifestFile);
    }

    /** Dense star fields around every pointing, one per distinct target, plus the seeds' example positions. */
    private static List<SkyField> fields(
            List<LcoPlan.Frame> lco, List<EsoData.Night> eso, List<JwstData.Observation> jwst) {
        Map<String, SkyField> fields = new LinkedHashMap<>();
        for (GeminiPlan.Target t : GeminiPlan.targets()) {
            fields.putIfAbsent("gemini/" + t.name(), new SkyField("gemini/" + t.name(), t.ra(), t.dec(), 0.2, 500));
        }
        for (LcoPlan.Frame f : lco) {
            String key = "lco/" + f.object() + "/" + f.ra() + "/" + f.dec();
            fields.putIfAbsent(key, new SkyField(key, f.ra(), f.dec(), 0.3, 600));
        }
        for (EsoData.Night n : eso) {
            String key = "eso/" + n.object();
            fields.putIfAbsent(key, new SkyField(key, n.ra(), n.dec(), 0.2, 350));
        }
        for (JwstData.Observation o : jwst) {
            String key = "jwst/" + o.ra() + "/" + o.dec();
            fields.putIfAbsent(key, new SkyField(key, o.ra(), o.dec(), 0.1, 300));
        }
        SEED_FIELDS.forEach(f -> fields.putIfAbsent(f.name(), f));
        return List.copyOf(fields.values());
    }

    private static String relative(Path outDir, Path file) {
        return outDir.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
