// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.meridian.store.Database;

/**
 * A real executor for tests: runs the job's {@code query} parameter as PostgreSQL SQL, registering
 * the statement for cancellation, and stores the first column as text/plain lines.
 */
public final class SqlTestExecutor implements JobExecutor {

    private final Database db;
    public final Set<String> ran = ConcurrentHashMap.newKeySet();
    public final java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();

    public SqlTestExecutor(Database db) {
        this.db = db;
    }

    @Override
    public void run(Job job, ResultSink results, CancellationToken cancel) throws Exception {
        ran.add(job.id());
        runs.incrementAndGet();
        String sql = job.parameter("query");
        if (sql == null) {
            throw new JobFailedException("QUERY is required");
        }
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            cancel.register(s);
            try (ResultSet r = s.executeQuery(sql)) {
                results.write("result", "text/plain", out -> {
                    while (r.next()) {
                        out.write((r.getString(1) + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                });
            } finally {
                cancel.release(s);
            }
        }
    }
}
