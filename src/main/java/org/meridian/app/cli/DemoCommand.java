// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.meridian.app.Archive;
import org.meridian.app.DemoLoader;
import org.meridian.app.Server;
import org.meridian.demo.DemoManifest;
import org.meridian.ingest.IngestReport;
import org.meridian.ingest.catalog.CatalogImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code meridian demo}: the archive with its demo universe. The first run generates the universe
 * under the home, loads it, and records that it did; later runs go straight to serving.
 */
@Command(name = "demo", description = "Serve the archive with the demo universe (generated and loaded on first run).")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions options;

    @Option(names = "--scale", defaultValue = "1", description = "make the universe N times larger (benchmarks)")
    int scale;

    @Option(
            names = "--no-scheduler",
            description = "do not run the observing scheduler (it places and observes requests)")
    boolean noScheduler;

    @Mixin
    ServingOptions serving;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        Archive archive = serving.open(options);
        Server server = Server.start(archive, !noScheduler);
        System.err.println("meridian: http://localhost:" + server.port() + "/ is up; /health says ready when loaded");
        ensureLoaded(archive, scale);
        server.markReady();
        System.err.printf(
                "meridian: ready in %.1f s; serving %s on http://localhost:%d/%s (Ctrl-C stops)%n",
                (System.nanoTime() - started) / 1e9,
                archive.settings().home(),
                server.port(),
                server.tlsPort() > 0 ? " and https://localhost:" + server.tlsPort() + "/" : "");
        ServeCommand.waitForShutdown(server, archive);
        return 0;
    }

    /** Generates (if needed) and loads the demo universe unless this archive already holds it. */
    public static void ensureLoaded(Archive archive, int scale) throws Exception {
        DemoLoader loader = new DemoLoader(archive.db());
        String fingerprint = "format=" + DemoManifest.FORMAT_VERSION + ";scale=" + scale;
        if (loader.loaded().equals(Optional.of(fingerprint))) {
            return;
        }
        Path dir = archive.settings().home().resolve(scale == 1 ? "demo" : "demo-scale" + scale);
        Path manifestFile = dir.resolve(DemoManifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)
                || DemoManifest.read(manifestFile).formatVersion() < DemoManifest.FORMAT_VERSION) {
            DemoDataCommand.generate(dir, scale); // an older generator's universe lacks what this one serves
        }
        DemoManifest manifest = DemoManifest.read(manifestFile);
        loader.loadMetadata(manifest, LocalDate.now(ZoneOffset.UTC).plusYears(1));
        List<Path> files = java.util.stream.Stream.concat(manifest.files().stream(), manifest.obslogs().stream())
                .map(f -> dir.resolve(f.path()))
                .toList();
        IngestReport report = IngestCommand.run(archive, files);
        for (DemoManifest.Catalog catalog : manifest.catalogs()) {
            CatalogCommand.run(
                    archive,
                    new CatalogImporter.Request(
                            dir.resolve(catalog.path()),
                            catalog.table(),
                            catalog.raColumn(),
                            catalog.decColumn(),
                            catalog.description()));
        }
        if (report.ok()) {
            loader.markLoaded(fingerprint);
        } else {
            // Serve what loaded, but try again next start: a demo file that fails is a bug to see.
            System.err.println("meridian: " + report.failed().size() + " demo files failed to ingest");
        }
    }
}
