// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.meridian.store.Database;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk-loads a catalog file (VOTable, FITS, CSV or ECSV, read by STIL as a stream) into a PostgreSQL
 * table with COPY, adds the {@code hpx} column, orders the table by it and indexes it, and records the column
 * metadata for TAP_SCHEMA. The new table replaces any old one in a single transaction at the end,
 * so readers never see a half-loaded catalog.
 */
public final class CatalogImporter {

    private final Database db;

    public CatalogImporter(Database db) {
        this.db = db;
    }

    /**
     * What to import.
     *
     * @param table {@code schema.name}
     * @param raColumn right ascension column in degrees, or null to find it by UCD or name
     * @param decColumn declination column, likewise; a table with neither gets no {@code hpx}
     * @param description the table's description, or null to take the file's
     * @param units units by column name, over those the file declares (a CSV file declares none),
     *     so that ADQL's IN_UNIT can convert the column's values
     */
    public record Request(
            Path file, String table, String raColumn, String decColumn, String description, Map<String, String> units) {
        public Request {
            units = Map.copyOf(units);
        }

        public Request(Path file, String table, String raColumn, String decColumn, String description) {
            this(file, table, raColumn, decColumn, description, Map.of());
        }
    }

    /**
     * @param loading time to read the file and COPY its rows
     * @param indexing time to sort by hpx, index, analyze and swap the table in
     */
    public record Result(String table, long rows, Duration elapsed, Duration loading, Duration indexing) {
        public double rowsPerSecond() {
            return rows / Math.max(1e-3, elapsed.toNanos() / 1e9);
        }
    }

    /** @param bytesRead called now and then with the number of file bytes read so far */
    public Result importCatalog(Request request, LongConsumer bytesRead) throws IOException, SQLException {
        Instant started = Instant.now();
        QualifiedName target = QualifiedName.parse(request.table());
        QualifiedName staging = new QualifiedName(target.schema(), target.name() + "__import");
        String handler = handlerFor(request.file());
        CatalogSink sink;
        Instant loaded;
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("create schema if not exists " + target.quotedSchema());
                s.execute("drop table if exists " + staging.quoted());
                s.execute("drop table if exists " + sorted(target).quoted()); // left by an interrupted import
            }
            sink = new CatalogSink(c, staging, request.raColumn(), request.decColumn());
            try {
                TableReading.read(request.file(), handler, sink, bytesRead);
            } catch (IOException e) {
                c.rollback();
                throw new IOException(
                        "cannot read " + request.file().getFileName() + " as " + handler + ": " + e.getMessage(), e);
            }
            c.commit();
            loaded = Instant.now();
            QualifiedName organised = organise(c, staging, target, sink);
            swapIn(c, organised, target, sink, request);
        }
        Instant done = Instant.now();
        return new Result(
                target.toString(),
                sink.rows(),
                Duration.between(started, done),
                Duration.between(started, loaded),
                Duration.between(loaded, done));
    }

    /**
     * Gives a positional table its final, sky-ordered heap: one sort of the loaded rows by hpx into a
     * new table (cheaper than CLUSTER, which would build the index twice), then the index. Returns
     * the table to swap in.
     */
    private static QualifiedName organise(Connection c, QualifiedName loaded, QualifiedName target, CatalogSink sink)
            throws SQLException {
        c.setAutoCommit(true);
        QualifiedName table = loaded;
        try (Statement s = c.createStatement()) {
            if (sink.positional()) {
                table = sorted(target);
                s.execute("set work_mem = '512MB'");
                s.execute("drop table if exists " + table.quoted());
                // Rows near each other on the sky share pages: a cone reads few blocks.
                s.execute("create table " + table.quoted() + " as select * from " + loaded.quoted() + " order by hpx");
                s.execute("reset work_mem");
                s.execute("drop table " + loaded.quoted());
                s.execute("create index " + q(table.name() + "_hpx") + " on " + table.quoted() + " (hpx)");
            }
            for (ColumnMapping col : sink.columns()) {
                if (isIdentifier(col)) {
                    s.execute("create index on " + table.quoted() + " (" + col.quotedName() + ")");
                }
            }
            s.execute("analyze " + table.quoted());
        }
        return table;
    }

    private static QualifiedName sorted(QualifiedName target) {
        return new QualifiedName(target.schema(), target.name() + "__sorted");
    }

    private static void swapIn(
            Connection c, QualifiedName staging, QualifiedName target, CatalogSink sink, Request request)
            throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists " + target.quoted());
            s.execute("alter table " + staging.quoted() + " rename to " + q(target.name()));
            if (sink.positional()) {
                s.execute("alter index " + target.quotedSchema() + "." + q(staging.name() + "_hpx") + " rename to "
                        + q(target.name() + "_hpx"));
            }
            CatalogMetadata.record(c, target, sink, request.description(), request.units());
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    static boolean isIdentifier(ColumnMapping col) {
        return col.name().equals("source_id")
                || col.name().equals("id")
                || col.name().endsWith("_id") && List.of("bigint", "integer").contains(col.sqlType());
    }

    static String handlerFor(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".vot") || n.endsWith(".xml") || n.endsWith(".votable")) return "votable";
        if (n.endsWith(".fits") || n.endsWith(".fit") || n.endsWith(".fits.gz")) return "fits";
        if (n.endsWith(".ecsv")) return "ecsv";
        if (n.endsWith(".csv")) return "csv";
        throw new IllegalArgumentException("unknown catalog format (expected .vot, .fits, .csv or .ecsv): " + file);
    }

    static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** COPY into the staging table from rows rendered by the sink. */
    static CopyIn copyIn(Connection c, QualifiedName table, List<ColumnMapping> columns, boolean withHpx)
            throws SQLException {
        List<String> names = new java.util.ArrayList<>(
                columns.stream().map(ColumnMapping::quotedName).toList());
        if (withHpx) {
            names.add("hpx");
        }
        String sql = "copy " + table.quoted() + " (" + String.join(", ", names) + ") from stdin";
        return c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    static byte[] utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
