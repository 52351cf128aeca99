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

/**
 * Fresh, migrated databases for integration tests. By default one embedded PostgreSQL per test JVM;
 * with {@code MERIDIAN_TEST_JDBC} set (e.g. {@code jdbc:postgresql://127.0.0.1:5432/}) the tests use
 * that server instead, as CI does for the system PostgreSQL.
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String serverUrl;

    private TestDatabases() {}

    /** A new empty database with every migration applied. The caller closes it. */
    public static Database fresh() {
        Database db = Database.connect(freshUrl(), "postgres", "", 8);
        db.migrate();
        return db;
    }

    /** The JDBC URL of a new, empty database (user {@code postgres}, no password). */
    public static String freshUrl() {
        String name = "meridian_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
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
            } else {
                serverUrl = startEmbedded();
            }
        }
        return serverUrl;
    }

    private static String startEmbedded() {
        try {
            Path dir = Files.createTempDirectory("meridian-test-pg");
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir.resolve("data"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return "jdbc:postgresql://localhost:" + server.port() + "/";
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
