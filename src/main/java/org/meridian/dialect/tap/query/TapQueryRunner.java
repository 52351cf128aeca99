// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.meridian.core.uws.CancellationToken;
import org.meridian.dialect.tap.adql.AdqlException;
import org.meridian.dialect.tap.adql.AdqlParser;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.sql.SqlTranslator;
import org.meridian.dialect.tap.schema.TableSet;
import org.meridian.dialect.tap.schema.TapSchema;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.dialect.tap.upload.Upload;
import org.meridian.dialect.tap.upload.UploadLoader;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;
import org.meridian.web.DatabaseUnavailable;
import org.postgresql.PGStatement;

/**
 * Runs one ADQL query for one caller and streams its result in the requested format: parse,
 * load uploads, map tables (access filter included), translate, then a read-only transaction with
 * a statement timeout feeding the writer (through a forward cursor when the result may be large).
 * Shared by /tap/sync and the async worker; at most {@link TapLimits#concurrentQueries()} run at
 * once.
 */
public final class TapQueryRunner {

    /** What happened, for logs and UWS job results. */
    public record Outcome(long rows, boolean overflow) {}

    private static final int FETCH_SIZE = 10_000;

    private final Database db;
    private final TapSchema schema;
    private final TapLimits limits;
    private final Semaphore running;

    /** A base URL the runner passes to the views (V15): scheme, host, port; nothing else. */
    private static final java.util.regex.Pattern SAFE_BASE = java.util.regex.Pattern.compile(
            "https?://[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|https?://\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    public TapQueryRunner(Database db, TapSchema schema, TapLimits limits) {
        this.db = db;
        this.schema = schema;
        this.limits = limits;
        this.running = new Semaphore(limits.concurrentQueries());
    }

    public TapLimits limits() {
        return limits;
    }

    /**
     * Checks the query before anything is written, so the caller can still choose the HTTP
     * status; then runs it into {@code out}. A {@link TapException} thrown means nothing was
     * written; an IOException means the result was cut off while streaming.
     */
    public Outcome run(TapQuery query, OutputStream out) throws TapException, IOException {
        return run(query, out, new CancellationToken());
    }

    /**
     * As {@link #run(TapQuery, OutputStream)}, handing each statement to {@code cancel} while it runs
     * so that an ABORT cancels it on the server.
     */
    public Outcome run(TapQuery query, OutputStream out, CancellationToken cancel) throws TapException, IOException {
        Query parsed = parse(query.adql());
        try {
            if (!running.tryAcquire(2, TimeUnit.SECONDS)) {
                throw new TapException(
                        503,
                        "the service is running its maximum of " + limits.concurrentQueries()
                                + " queries; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TapException(503, "interrupted while waiting to run the query");
        }
        try (Connection c = db.connection()) {
            return execute(c, parsed, query, out, cancel);
        } catch (SQLException e) {
            throw sqlError(e);
        } finally {
            running.release();
        }
    }

    private static Query parse(String adql) throws TapException {
        try {
            return AdqlParser.parse(adql);
        } catch (AdqlException e) {
            throw new TapException(400, "malformed ADQL: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw nestedTooDeeply();
        }
    }

    /**
     * Building, checking, rewriting and printing the query recurse once per level of it. The
     * parser's depth bound keeps them far from the end of the stack; should some shape still reach
     * it (a thousand-fold chain of joins or UNIONs), the overflow of these pure steps is the query's
     * fault and answered as such, instead of escaping as an empty 500 or a job stuck EXECUTING.
     */
    private static TapException nestedTooDeeply() {
        return new TapException(400, "malformed ADQL: query nested too deeply; simplify it");
    }

    private Outcome execute(Connection c, Query parsed, TapQuery query, OutputStream out, CancellationToken cancel)
            throws SQLException, TapException, IOException {
        List<TapTable> uploaded = new ArrayList<>();
        try {
            UploadLoader loader = new UploadLoader(limits.uploadMaxBytes(), limits.uploadMaxRows());
            for (Upload upload : query.uploads()) {
                uploaded.add(loader.load(c, upload));
            }
            TableSet tables = schema.tablesFor(c, query.caller(), query.adql()).with(uploaded);
            // temporary tables the caller's view loaded (job_upload) go with the query's uploads
            tables.all().stream()
                    .filter(t -> t.source() instanceof TapTable.Uploaded && !uploaded.contains(t))
                    .forEach(uploaded::add);
            MappedQuery mapped;
            SqlFragment sql;
            try {
                mapped = compile(parsed, tables, query.caller());
                sql = mapped.sql();
            } catch (AdqlException e) {
                throw new TapException(400, e.getMessage());
            } catch (StackOverflowError e) {
                throw nestedTooDeeply();
            }
            long maxrec = limits.effectiveMaxrec(query.maxrec());
            Duration timeout = query.timeout() != null ? query.timeout() : limits.syncTimeout();
            String settings = "set transaction read only; set local statement_timeout = "
                    + Math.max(1, timeout.toMillis()) + "; ";
            if (query.baseUrl() != null && SAFE_BASE.matcher(query.baseUrl()).matches()) {
                // The pattern admits no quote, so the literal cannot end early (the Host header is the client's).
                settings += "set local meridian.base_url = '" + query.baseUrl() + "'; ";
            }
            Execution run = new Execution(sql, mapped, maxrec, query, out, cancel);
            if (maxrec <= FETCH_SIZE) {
                return streamAtOnce(c, settings, run);
            }
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute(settings);
                }
                Outcome outcome = streamByCursor(c, run);
                c.commit();
                return outcome;
            } finally {
                rollbackQuietly(c);
                c.setAutoCommit(true);
            }
        } finally {
            dropUploads(c, uploaded);
        }
    }

    /**
     * The ADQL chain (names checked against the published tables, HEALPix pre-filters, geometry,
     * functions), then the access filter and schema mapping as the last step.
     */
    public static MappedQuery compile(Query parsed, TableSet tables, org.meridian.core.auth.Caller caller) {
        Query translated = SqlTranslator.standard(new TapCatalog(tables)).rewrite(parsed);
        return new TableMapping(tables, caller).map(translated);
    }

    /** One translated statement to run and where its result goes. */
    private record Execution(
            SqlFragment sql,
            MappedQuery mapped,
            long maxrec,
            TapQuery query,
            OutputStream out,
            CancellationToken cancel) {}

    /**
     * A result of at most one fetch: the settings and the query go out as one pipeline in
     * autocommit mode, which PostgreSQL runs as one implicit transaction (so SET LOCAL and READ
     * ONLY hold for the query and end with it). One network round trip in all: a cone search takes
     * a fraction of a millisecond in PostgreSQL, so every extra round trip is a visible share.
     */
    private static Outcome streamAtOnce(Connection c, String settings, Execution run) throws SQLException, IOException {
        try (PreparedStatement s = c.prepareStatement(settings + run.sql().sql())) {
            run.sql().bind(s, 1);
            s.setMaxRows((int) (run.maxrec() + 1));
            run.cancel().register(s);
            try {
                boolean isResult = s.execute();
                while (!isResult && s.getUpdateCount() != -1) {
                    isResult = s.getMoreResults();
                }
                try (ResultSet rs = s.getResultSet()) {
                    return write(rs, run);
                }
            } finally {
                run.cancel().release(s);
            }
        }
    }

    /** A large result, read through a forward cursor inside the caller's transaction. */
    private static Outcome streamByCursor(Connection c, Execution run) throws SQLException, IOException {
        try (PreparedStatement s = c.prepareStatement(run.sql().sql())) {
            run.sql().bind(s, 1);
            s.setFetchSize(FETCH_SIZE);
            s.setMaxRows((int) Math.min(run.maxrec() + 1, Integer.MAX_VALUE));
            // pgjdbc sends results in binary only for server-prepared statements; forcing that
            // costs one round trip but decodes rows several times faster (no text parsing of
            // doubles), which is what a large result needs.
            s.unwrap(PGStatement.class).setPrepareThreshold(-1);
            run.cancel().register(s);
            try (ResultSet rs = s.executeQuery()) {
                return write(rs, run);
            } finally {
                run.cancel().release(s);
            }
        }
    }

    private static Outcome write(ResultSet rs, Execution run) throws SQLException, IOException {
        String base = run.query().baseUrl();
        ResultTable table = new ResultTable(
                rs,
                run.mapped().referenced(),
                GeometryColumns.of(run.mapped().query()),
                run.maxrec(),
                base != null && SAFE_BASE.matcher(base).matches() ? base : null);
        run.query().format().writer().write(table, run.query().adql(), run.out());
        if (table.failure() != null) {
            // The writer closed its document; the caller still learns the result is incomplete.
            throw table.failure();
        }
        return new Outcome(table.rows(), table.overflowed());
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is returned to the pool, which discards broken ones
        }
    }

    private static void dropUploads(Connection c, List<TapTable> uploaded) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (TapTable t : uploaded) {
                if (t.source() instanceof TapTable.Uploaded u) {
                    s.execute("drop table if exists pg_temp." + u.tempTable());
                }
            }
        }
    }

    /** PostgreSQL's complaints about a query are the caller's to fix; {@link SqlFailures} says what, in ADQL's terms. */
    private static TapException sqlError(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (DatabaseUnavailable.is(e)) {
            return new TapException(503, DatabaseUnavailable.MESSAGE, e);
        }
        if (state.equals("57014")) {
            return new TapException(400, "query cancelled: it ran longer than the time limit; use /tap/async");
        }
        return SqlFailures.of(e);
    }
}
