// SPDX-License-Identifier: Apache-2.0
package org.meridian.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.meridian.store.Database;
import org.meridian.store.EmbeddedPostgresServer;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;

/**
 * Fresh, migrated databases for integration tests. By default one embedded PostgreSQL per test JVM;
 * with {@code MERIDIAN_TEST_JDBC} set (e.g. {@code jdbc:postgresql://127.0.0.1:5432/}) the tests use
 * that server instead, as CI does for the system PostgreSQL.
 */
public final class TestDatabases {

    private static final String PREFIX = "meridian_test_";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String serverUrl;

    private TestDatabases() {}

    /** A new empty database with every migration applied. The caller closes it. */
    public static Database fresh() {
        Database db = Database.connect(freshUrl(), "postgres", "", 8);
        db.migrate();
        return db;
    }

    /** A new migrated database holding the rows the statements insert: one seed for every IT that writes its own. */
    public static Database seeded(String... statements) throws SQLException {
        Database db = fresh();
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        return db;
    }

    /** The number a one-row, one-column query answers (a count, a sum). */
    public static long number(Database db, String sql) throws SQLException {
        try (Connection c = db.connection()) {
            return Rows.first(c, SqlFragment.of(sql), r -> r.getLong(1)).orElseThrow();
        }
    }

    /** The text a query's first row answers in its first column (a name, a key). */
    public static String text(Database db, String sql) throws SQLException {
        try (Connection c = db.connection()) {
            return Rows.first(c, SqlFragment.of(sql), r -> r.getString(1)).orElseThrow();
        }
    }

    /** The JDBC URL of a new, empty database (user {@code postgres}, no password). */
    public static String freshUrl() {
        String name = PREFIX + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        String base = server();
        try (Connection c = DriverManager.getConnection(base + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return base + name;
    }

    /** The JDBC URL prefix (ending in '/') of the test server, starting the embedded one if needed. */
    public static synchronized String server() {
        if (serverUrl == null) {
            String external = System.getenv("MERIDIAN_TEST_JDBC");
            if (external != null && !external.isBlank()) {
                serverUrl = external.endsWith("/") ? external : external + "/";
                dropLeftovers(serverUrl);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> dropOwnDatabases(serverUrl)));
            } else {
                serverUrl = startEmbedded();
            }
        }
        return serverUrl;
    }

    /** Test databases of test JVMs that are gone (a killed run) on a shared server. */
    private static void dropLeftovers(String base) {
        dropWhere(base, name -> {
            String[] parts = name.split("_");
            long pid = Long.parseLong(parts[2]);
            return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        });
    }

    private static void dropOwnDatabases(String base) {
        String own = PREFIX + ProcessHandle.current().pid() + "_";
        dropWhere(base, name -> name.startsWith(own));
    }

    private static void dropWhere(String base, java.util.function.Predicate<String> doomed) {
        try (Connection c = DriverManager.getConnection(base + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            try (var r =
                    s.executeQuery("select datname from pg_database where datname ~ '^meridian_test_[0-9]+_[0-9]+$'")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String name : names) {
                if (doomed.test(name)) {
                    s.execute("drop database if exists " + name + " with (force)");
                }
            }
        } catch (SQLException e) {
            System.err.println("test databases not cleaned up: " + e.getMessage());
        }
    }

    private static String startEmbedded() {
        try {
            Path dir = Files.createTempDirectory("meridian-test-pg");
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir.resolve("data"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                ScratchDirectories.delete(dir);
            }));
            return "jdbc:postgresql://localhost:" + server.port() + "/";
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
