// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.meridian.store.Database;
import org.meridian.store.LocalFileStore;

/**
 * A job worker in a process of its own, for {@code JobWorkerIT}'s crash test: started with a JDBC URL
 * and a file directory, it runs "tap" jobs as SQL until the test kills the process (no close).
 */
public final class CrashingWorkerMain {

    private CrashingWorkerMain() {}

    public static void main(String[] args) throws Exception {
        Database db = Database.connect(args[0], "postgres", "", 4);
        JobWorker.start(
                db,
                new LocalFileStore(Path.of(args[1])),
                Map.of("tap", new SqlTestExecutor(db)),
                new WorkerSettings(
                        1,
                        Duration.ofMillis(100),
                        Duration.ofMillis(100),
                        Duration.ofSeconds(2),
                        Duration.ofMinutes(10)));
        System.out.println("worker started");
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(10));
    }
}
