// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.meridian.testing.Curl;

/**
 * {@code /download} benchmark (a main, not a test): the disk read rate of the stored files
 * (every file under {@code HOME/files}: the real ones the bench program's rows point at), then the
 * tar throughput of {@code /download/<program>} through HTTP to curl, each cold (page cache dropped; needs
 * root) and warm. Args: BASE_URL [HOME=/tmp/geminibench-home] [PROGRAM=GN-2024B-Q-901] [ROUNDS=2]
 */
public final class DownloadThroughput {

    private static final Path DROP_CACHES = Path.of("/proc/sys/vm/drop_caches");

    private DownloadThroughput() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path home = Path.of(args.length > 1 ? args[1] : "/tmp/geminibench-home");
        String program = args.length > 2 ? args[2] : GmosRawFiles.PROGRAM;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<Path> stored;
        try (Stream<Path> walk = Files.walk(home.resolve("files"))) {
            stored = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (int round = 1; round <= rounds; round++) {
            for (boolean cold : new boolean[] {true, false}) {
                double load = LoadAverage.settle(2.0, 120);
                if (cold) {
                    dropCaches();
                }
                report("disk read  " + (cold ? "cold" : "warm"), readAll(stored), load);
                load = LoadAverage.settle(2.0, 120);
                if (cold) {
                    dropCaches();
                }
                report("/download  " + (cold ? "cold" : "warm"), download(base + "/download/" + program), load);
            }
        }
    }

    /** Bytes and nanoseconds. */
    private record Timed(long bytes, long nanos) {}

    private static Timed readAll(List<Path> files) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        long bytes = 0;
        long start = System.nanoTime();
        for (Path f : files) {
            try (FileChannel channel = FileChannel.open(f, StandardOpenOption.READ)) {
                int n;
                while ((n = channel.read(buffer.clear())) > 0) {
                    bytes += n;
                }
            }
        }
        return new Timed(bytes, System.nanoTime() - start);
    }

    private static Timed download(String url) throws Exception {
        long start = System.nanoTime();
        long bytes = Curl.download(url);
        return new Timed(bytes, System.nanoTime() - start);
    }

    private static void dropCaches() throws IOException, InterruptedException {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
        try {
            Files.writeString(DROP_CACHES, "3");
        } catch (IOException e) {
            throw new IOException("cannot drop the page cache (root needed for a cold measurement)", e);
        }
    }

    private static void report(String what, Timed t, double load) {
        System.out.printf(
                "%s: %,d MB in %.2f s = %.0f MB/s  (load %.2f -> %.2f)%n",
                what,
                t.bytes() / 1_000_000,
                t.nanos() / 1e9,
                t.bytes() / 1e6 / (t.nanos() / 1e9),
                load,
                LoadAverage.now());
    }
}
