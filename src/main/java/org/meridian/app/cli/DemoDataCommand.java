// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.meridian.demo.DemoSummary;
import org.meridian.demo.DemoUniverse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code meridian demo-data --out DIR [--scale N]}: only write the demo universe's files. */
@Command(name = "demo-data", description = "Write the demo universe's FITS files, catalogs and manifest.")
public final class DemoDataCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N")
    int scale;

    @Override
    public Integer call() throws Exception {
        generate(out, scale);
        return 0;
    }

    /**
     * Generates into a sibling temporary directory and renames it into place, so an interrupted
     * run never leaves a half-written universe behind a manifest.
     */
    static DemoSummary generate(Path dir, int scale) throws IOException {
        if (scale < 1) {
            throw new IllegalArgumentException("--scale must be at least 1");
        }
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = parent.resolve(dir.getFileName() + ".partial");
        deleteTree(temp);
        ProgressBar bar = new ProgressBar(System.err, "demo-data", "files");
        long started = System.nanoTime();
        DemoSummary summary = DemoUniverse.generate(temp, scale, (total, done) -> {
            bar.total(total);
            bar.update(done, "");
        });
        deleteTree(dir);
        Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
        bar.finish(String.format(
                "%d FITS files, %d catalogs (%d rows), %.1f MB in %.1f s -> %s",
                summary.dataFiles(),
                summary.catalogTables(),
                summary.catalogRows(),
                summary.bytes() / 1e6,
                (System.nanoTime() - started) / 1e9,
                dir));
        return summary;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
