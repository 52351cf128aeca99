// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.meridian.store.Database;
import org.meridian.store.FileStore;

/**
 * Removes stored files that no row references: what a crash between writing the bytes and
 * committing their row leaves (ingest writes bytes first, docs/architecture.md "Ingest"), and the
 * temporary files of a copy cut short. A row references stored bytes through a column named
 * {@code storage_key}, in any table of any dialect (file versions, observation logs, UWS inputs and
 * results): the collector finds those columns in the catalogue, so a new table that follows the
 * convention is protected without a line here. Files younger than the grace period are left alone,
 * since their rows may not be committed yet; the thumbnail cache is left to itself.
 */
public record StoredFileCollector(Database db, FileStore store, Clock clock) {

    private static final String CACHE_PREFIX = "thumbnails/";

    /** What a collection found: every stored file, the referenced ones, and the unreferenced ones removed. */
    public record Report(int stored, int referenced, List<String> removed, int tooYoung) {}

    /**
     * Removes the unreferenced files older than {@code grace}; with {@code dryRun} only reports them.
     */
    public Report collect(Duration grace, boolean dryRun) throws SQLException, IOException {
        // Files first, then references: a file written in between is young, and a row committed in
        // between can only name a file already listed or a younger one.
        List<FileStore.Stored> stored = store.list();
        Set<String> referenced = referencedKeys();
        Instant cutoff = clock.instant().minus(grace);
        List<String> removed = new ArrayList<>();
        int young = 0;
        int kept = 0;
        for (FileStore.Stored file : stored) {
            if (referenced.contains(file.key())) {
                kept++;
            } else if (file.key().startsWith(CACHE_PREFIX)) {
                continue;
            } else if (file.modified().isAfter(cutoff)) {
                young++;
            } else {
                if (!dryRun) {
                    store.delete(file.key());
                }
                removed.add(file.key());
            }
        }
        return new Report(stored.size(), kept, List.copyOf(removed), young);
    }

    /** Every {@code storage_key} value of every table that has such a column. */
    public Set<String> referencedKeys() throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Connection c = db.connection()) {
            List<String> queries = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select quote_ident(table_schema), quote_ident(table_name)"
                            + " from information_schema.columns where column_name = 'storage_key'"
                            + " and table_schema not in ('pg_catalog', 'information_schema')"
                            + " and (table_schema, table_name) in (select table_schema, table_name"
                            + " from information_schema.tables where table_type = 'BASE TABLE')");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    queries.add("select storage_key from " + r.getString(1) + "." + r.getString(2)
                            + " where storage_key is not null");
                }
            }
            for (String query : queries) {
                try (PreparedStatement s = c.prepareStatement(query);
                        ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        keys.add(r.getString(1));
                    }
                }
            }
        }
        return keys;
    }
}
