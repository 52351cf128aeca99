// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Accounts;
import org.meridian.testing.DemoServer;

/**
 * Unmodified pyvo 1.2.1 through the whole TAP async (UWS 1.1) lifecycle on the demo: submit, set
 * the execution duration, run, wait, fetch, delete, run_async, a failing job, async UPLOAD jobs
 * (at creation and through {@code AsyncTAPJob.upload}, i.e. POST job/parameters), and an
 * authenticated job list.
 */
class TapAsyncInteropIT {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/python/tap/async_lifecycle.py");

    @Test
    void pyvoRunsTheAsyncLifecycle() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        assumeTrue(exec(List.of(PYTHON.toString(), "-c", "import pyvo")).exit() == 0, "pyvo is not installed");
        Accounts accounts = DemoServer.archive().accounts();
        String token = accounts.tokenOf(
                accounts.login("eso_user", "eso-demo").orElseThrow().accountId());
        Result r = exec(List.of(PYTHON.toString(), SCRIPT.toString(), DemoServer.baseUrl() + "/tap", token));
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output())
                .contains(
                        "OK async upload rows",
                        "OK upload via parameters rows",
                        "OK job list has the job",
                        "OK deleted job leaves the list")
                .contains("ALL OK")
                .doesNotContain("FAIL");
    }

    private record Result(int exit, String output) {}

    private static Result exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
