// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;

/**
 * The product tables as the data server sees them: which release has which product, which sources
 * of a selection have rows, and the selection's ids made concrete (a job column read, a range checked
 * against the source table's size limit). Gaia products are public catalogue data, listed and read
 * by everyone (docs/access.md); only {@code job:} IDs have an owner.
 *
 * @param maxSources the most sources a range may cover (tests lower it below the demo's size)
 */
record Products(Database db, JobIds jobIds, UserTableIds userTableIds, int maxSources) {

    Products(Database db, JobIds jobIds) {
        this(db, jobIds, new UserTableIds(db), SourceSelection.MAX_SOURCES);
    }

    /** A list or a range: a job's column read as the caller, a range refused when it covers too many sources. */
    SourceSelection resolve(SourceSelection selection, Caller caller)
            throws DataServerException, SQLException, IOException {
        return switch (selection) {
            case SourceSelection.FromJob job -> jobIds.resolve(job, caller);
            case SourceSelection.FromUserTable table -> userTableIds.resolve(table, caller);
            case SourceSelection.Listed listed -> listed;
            case SourceSelection.Range range -> {
                checkRangeSize(range);
                yield range;
            }
        };
    }

    static Where where(SourceSelection resolved) {
        return switch (resolved) {
            case SourceSelection.Listed l -> Where.of(l);
            case SourceSelection.Range r -> Where.of(r);
            case SourceSelection.FromJob j -> throw new IllegalArgumentException("resolve job IDs first");
            case SourceSelection.FromUserTable t -> throw new IllegalArgumentException("resolve user table IDs first");
        };
    }

    private void checkRangeSize(SourceSelection.Range range) throws DataServerException, SQLException {
        try (Connection c = db.connection()) {
            if (!tableExists(c, range.release().schema(), "gaia_source")) {
                return; // no sources at all: the products' own (empty) answers say so
            }
            try (PreparedStatement s = c.prepareStatement("select count(*) from (select 1 from "
                    + range.release().schema() + ".gaia_source where source_id between ? and ? limit ?) as r")) {
                s.setLong(1, range.from());
                s.setLong(2, range.to());
                s.setInt(3, maxSources + 1);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > maxSources) {
                        throw DataServerException.badRequest("the range " + range.from() + "-" + range.to()
                                + " covers more than " + maxSources + " "
                                + range.release().name()
                                + " sources, the most one request may ask for; split it into smaller ranges");
                    }
                }
            }
        }
    }

    /** The product's columns in this release, or empty when the release has no such product table. */
    Optional<ProductColumns> columns(Connection c, Release release, RetrievalType type) throws SQLException {
        return ProductColumns.of(c, release, type);
    }

    /**
     * The first sources of a selection that have rows of this product, at most {@code limit} of them
     * (enough to tell none, one and several apart without reading them all): one index probe per
     * source found, never a scan of the whole selection.
     */
    static Set<Long> sourcesWithRows(
            Connection c, ProductColumns columns, RetrievalType type, Where where, boolean validOnly, int limit)
            throws SQLException {
        String valid = validOnly && type == RetrievalType.EPOCH_PHOTOMETRY
                ? " and flux is not null and not coalesce(rejected_by_photometry, false)"
                : "";
        Set<Long> found = new HashSet<>();
        long after = Long.MIN_VALUE;
        try (PreparedStatement s = c.prepareStatement("select source_id from " + columns.qualifiedTable() + " where "
                + where.sql() + valid + " and source_id > ? order by source_id limit 1")) {
            while (found.size() < limit) {
                int next = where.binder().bind(c, s, 1);
                s.setLong(next, after);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        break;
                    }
                    after = r.getLong(1);
                    found.add(after);
                }
            }
        }
        return found;
    }

    private static boolean tableExists(Connection c, String schema, String table) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("select 1 from catalog_table where schema_name = ? and table_name = ?")) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
