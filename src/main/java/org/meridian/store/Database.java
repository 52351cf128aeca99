// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The archive's PostgreSQL: a connection pool plus the Flyway migrations that shape it. */
public final class Database implements AutoCloseable {

    static final long CONNECTION_TIMEOUT_MS = 10_000;

    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * Opens a pool on {@code jdbcUrl}. Results stream with binary transfer (docs/design.md rule 4), so
     * the URL gains {@code binaryTransfer=true} unless it says otherwise.
     */
    public static Database connect(String jdbcUrl, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withDefaultParameters(jdbcUrl));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("meridian");
        // A request waits at most this long for a connection: when the database is down, clients
        // hear so (503, DatabaseUnavailable) in seconds rather than after Hikari's default 30 s.
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        return new Database(new HikariDataSource(config));
    }

    static String withDefaultParameters(String jdbcUrl) {
        if (jdbcUrl.contains("binaryTransfer=")) {
            return jdbcUrl;
        }
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "binaryTransfer=true";
    }

    /** Applies every pending migration (see {@link #LOCATIONS}); returns how many ran. */
    public int migrate() {
        CommentOnlyEdits.realign(pool);
        return flyway().migrate().migrationsExecuted;
    }

    /** The versions of every migration on the class path, applied or not. */
    public List<Integer> migrationVersions() {
        return Arrays.stream(flyway().info().all())
                .filter(m -> m.getVersion() != null)
                .map(m -> Integer.parseInt(m.getVersion().getVersion()))
                .toList();
    }

    /**
     * Where migrations are: the SQL scripts, and the Java migrations computed from a dialect's
     * declarations (TAP's views over the observations: docs/architecture.md, Data model).
     */
    private static final String[] LOCATIONS = {"classpath:db/migration", "classpath:org/meridian/dialect/tap/migration"
    };

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(pool)
                .locations(LOCATIONS)
                // Each dialect owns a range of versions (docs/architecture.md, Data model), so an
                // archive may meet a lower version after a higher one; apply it rather than refuse.
                .outOfOrder(true)
                .load();
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.close();
    }
}
