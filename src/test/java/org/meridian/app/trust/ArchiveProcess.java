// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The archive as a separate operating-system process ({@code meridian <command>} on this test's
 * class path), so that a test can kill it with SIGKILL mid-work as a power cut or an OOM killer
 * would, and start it again on the same home and database.
 */
final class ArchiveProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ArchiveProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code meridian <args> --home home --db db}, its output going to a log in {@code home}. */
    static ArchiveProcess start(Path home, String db, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.meridian.app.Main"));
        command.addAll(List.of(args));
        command.addAll(List.of("--home", home.toString(), "--db", db));
        Files.createDirectories(home);
        Path log = Files.createTempFile(home, "process-", ".log");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ArchiveProcess(p, log);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits for the process to end by itself; its exit code. */
    int waitFor(Duration limit) throws InterruptedException, IOException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("the archive process did not finish in " + limit + ":\n" + log());
        }
        return process.exitValue();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
