// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.meridian.store.Database;

/**
 * The tables this TAP service publishes: curated ones (ObsCore, dbo.raw, TAP_SCHEMA itself) plus
 * every imported catalog. {@link #refresh(Database)} rewrites the {@code tap_schema} tables from
 * them; queries use {@link #tables()}, re-read from the catalog registry at most every few seconds
 * so a catalog imported by another process appears without a restart.
 */
public final class TapSchema {

    private static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final Database db;
    /** For a service that publishes part of the tables: the whole set it takes them from, else null. */
    private final TapSchema whole;

    private final TableScope scope;
    private volatile Snapshot snapshot;
    private volatile CallerTables callerTables = CallerTables.NONE;

    private record Snapshot(TableSet tables, long loadedNanos) {}

    /** Scoped views remember which whole set they were cut from, to cut again only when it changes. */
    private record Cut(TableSet whole, TableSet scoped) {}

    private volatile Cut cut;

    public TapSchema(Database db) {
        this(db, null, null);
    }

    private TapSchema(Database db, TapSchema whole, TableScope scope) {
        this.db = db;
        this.whole = whole;
        this.scope = scope;
    }

    /**
     * The tables of a service that publishes only {@code scope} of these (tap_obs, tap_cat): the same
     * metadata, re-read as these are, with a TAP_SCHEMA of its own tables and no per-caller tables.
     */
    public TapSchema scoped(TableScope scope) {
        return new TapSchema(db, this, scope);
    }

    /** Rebuilds the tap_schema tables from the curated metadata and the catalog registry. */
    public static TableSet refresh(Database db) throws SQLException {
        try (Connection c = db.connection()) {
            TableSet tables = load(c);
            TapSchemaWriter.write(c, tables);
            return tables;
        }
    }

    /** {@link #refresh(Database)}, also updating this instance's view at once. */
    public TableSet refresh() throws SQLException {
        if (whole != null) {
            whole.refresh();
            return tables();
        }
        TableSet tables = refresh(db);
        snapshot = new Snapshot(tables, System.nanoTime());
        return tables;
    }

    /**
     * The published tables, as of at most a few seconds ago. When catalogs were imported or
     * dropped since (by this or another process), the tap_schema tables are rewritten too, so
     * TAP_SCHEMA queries agree with /tables.
     */
    public TableSet tables() throws SQLException {
        if (whole != null) {
            TableSet all = whole.tables();
            Cut c = cut;
            if (c == null || c.whole() != all) {
                c = new Cut(all, scope.apply(all));
                cut = c;
            }
            return c.scoped();
        }
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedNanos() > MAX_AGE.toNanos()) {
            try (Connection c = db.connection()) {
                TableSet fresh = load(c);
                if (s == null || !fresh.signature().equals(s.tables().signature())) {
                    TapSchemaWriter.write(c, fresh);
                }
                s = new Snapshot(fresh, System.nanoTime());
            }
            snapshot = s;
        }
        return s.tables();
    }

    /** Adds per-caller tables (Gaia TAP+'s user space) to what {@link #tablesFor} returns. */
    public void setCallerTables(CallerTables callerTables) {
        if (whole != null) {
            throw new IllegalStateException("a scoped TAP service has no per-caller tables");
        }
        this.callerTables = callerTables;
    }

    /**
     * The published tables as this caller sees them: with their user tables, if a service adds any.
     * Temporary tables among them ({@link TapTable.Uploaded}) belong to {@code c}; the caller drops them.
     *
     * @param adql the query's text (see {@link CallerTables#of}), or empty
     */
    public TableSet tablesFor(Connection c, org.meridian.core.auth.Caller caller, String adql) throws SQLException {
        TableSet published = tables();
        List<TapTable> extra = callerTables.of(c, caller, published, adql);
        return extra.isEmpty() ? published : published.replacing(extra);
    }

    static TableSet load(Connection c) throws SQLException {
        List<TapTable> all = new ArrayList<>();
        ObservationViews.ALL.forEach(v -> all.add(v.table()));
        all.addAll(CatalogTables.load(c));
        all.addAll(TapSchemaTables.tables());
        return new TableSet(all);
    }
}
