// SPDX-License-Identifier: Apache-2.0
package org.meridian.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real clients (Debian's python3-astroquery, python3-pyvo, python3-requests) from
 * interoperability tests with the system Python, which has the Debian packages.
 */
public final class PythonClients {

    public static final Path PYTHON = Path.of("/usr/bin/python3");

    private PythonClients() {}

    /** What a script printed (stdout and stderr together) and its exit code. */
    public record Result(int exitCode, String output) {

        /**
         * Fails the test unless the script passed as the interop scripts report it: exit code 0, every
         * step named printed (an {@code OK ...} line), {@code ALL OK} at the end and no {@code FAIL}.
         */
        public void assertPassed(String... steps) {
            assertThat(exitCode).as(output).isZero();
            assertThat(output).contains(steps).contains("ALL OK").doesNotContain("FAIL");
        }
    }

    /** Skips the calling test unless the system Python can import every module named. */
    public static void assumeModules(String... modules) throws InterruptedException {
        assumeTrue(Files.isExecutable(PYTHON), "no " + PYTHON);
        for (String module : modules) {
            Result probe = run(List.of(PYTHON.toString(), "-c", "import " + module), Map.of(), Duration.ofMinutes(2));
            assumeTrue(probe.exitCode() == 0, module + " is not installed for " + PYTHON);
        }
    }

    /**
     * Runs {@code script} (a path relative to the project, made absolute) in {@code directory} with
     * arguments and extra environment; fails the test if it outlives the timeout.
     *
     * @param directory the working directory, or null for the project's
     */
    public static Result run(Path script, Path directory, Map<String, String> env, Duration timeout, String... args)
            throws InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(PYTHON.toString(), script.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return run(command, directory, env, timeout);
    }

    private static Result run(List<String> command, Map<String, String> env, Duration timeout)
            throws InterruptedException {
        return run(command, null, env, timeout);
    }

    private static Result run(List<String> command, Path directory, Map<String, String> env, Duration timeout)
            throws InterruptedException {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().putAll(env);
            Process process = builder.start();
            // Read while it runs: a chatty script must not block on a full pipe.
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread reader = Thread.ofVirtual().start(() -> copy(process.getInputStream(), output));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out after " + timeout + ": " + command);
            }
            reader.join();
            return new Result(process.exitValue(), output.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
