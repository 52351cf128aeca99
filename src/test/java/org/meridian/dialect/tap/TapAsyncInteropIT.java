// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Accounts;
import org.meridian.testing.DemoServer;
import org.meridian.testing.PythonClients;

/**
 * Unmodified pyvo 1.2.1 through the whole TAP async (UWS 1.1) lifecycle on the demo: submit, set
 * the execution duration, run, wait, fetch, delete, run_async, a failing job, async UPLOAD jobs
 * (at creation and through {@code AsyncTAPJob.upload}, i.e. POST job/parameters), and an
 * authenticated job list.
 */
class TapAsyncInteropIT {

    private static final Path SCRIPT = Path.of("src/test/python/tap/async_lifecycle.py");

    @Test
    void pyvoRunsTheAsyncLifecycle() throws Exception {
        PythonClients.assumeModules("pyvo");
        Accounts accounts = DemoServer.archive().accounts();
        String token = accounts.tokenOf(
                accounts.login("eso_user", "eso-demo").orElseThrow().accountId());
        PythonClients.run(SCRIPT, null, Map.of(), Duration.ofMinutes(5), DemoServer.baseUrl() + "/tap", token)
                .assertPassed(
                        "OK async upload rows",
                        "OK upload via parameters rows",
                        "OK job list has the job",
                        "OK deleted job leaves the list");
    }
}
