// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;

/**
 * {@code Mast.Name.Lookup}: resolves a name to a position from what the archive itself knows: the
 * target names of observations the caller may see (with their coordinates), and Gaia source IDs
 * ({@code Gaia DR3 <source_id>}) in the loaded Gaia catalogues.
 */
public final class NameLookup {

    private static final Pattern GAIA = Pattern.compile("(?i)gaia\\s*dr([123])\\s+(\\d{1,20})");

    private final Database db;

    public NameLookup(Database db) {
        this.db = db;
    }

    /** The answer body: {@code {"resolvedCoordinate":[...],"status":""}}; an empty list when unknown. */
    public Map<String, Object> resolve(Caller caller, String input) throws SQLException {
        if (input == null || input.isBlank()) {
            throw MastException.badRequest("Mast.Name.Lookup needs params.input");
        }
        String name = input.trim();
        List<Map<String, Object>> found = new ArrayList<>();
        Matcher gaia = GAIA.matcher(name);
        if (gaia.matches()) {
            gaia(gaia.group(1), gaia.group(2)).ifPresent(found::add);
        } else {
            observationTarget(caller, name).ifPresent(found::add);
        }
        for (Map<String, Object> f : found) {
            f.put("searchString", name);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resolvedCoordinate", found);
        body.put("status", "");
        return body;
    }

    private java.util.Optional<Map<String, Object>> observationTarget(Caller caller, String name) throws SQLException {
        // The earliest visible observation of that target gives the position: averaging would be
        // wrong across RA 0/360, and all observations of one target point at it.
        SqlFragment where = SqlFragment.of(
                        "lower(o.object) = lower(?) and o.ra is not null and o.dec is not null", name)
                .and(Access.listed(caller, "o"))
                .and(Access.coordinatesVisible(caller, "o"));
        String sql = "select o.object, o.ra, o.dec from observation o where " + where.sql()
                + " order by o.ut_start nulls last, o.id limit 1";
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            where.bind(s, 1);
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? java.util.Optional.of(coordinate("ARCHIVE", r.getString(1), r.getDouble(2), r.getDouble(3)))
                        : java.util.Optional.empty();
            }
        }
    }

    private java.util.Optional<Map<String, Object>> gaia(String release, String sourceId) throws SQLException {
        String schema = "gaiadr" + release;
        try (Connection c = db.connection()) {
            try (PreparedStatement known = c.prepareStatement(
                    "select ra_column, dec_column from catalog_table where schema_name = ? and table_name = 'gaia_source'"
                            + " and ra_column is not null and dec_column is not null")) {
                known.setString(1, schema);
                try (ResultSet k = known.executeQuery()) {
                    if (!k.next()) {
                        return java.util.Optional.empty();
                    }
                    // Identifiers come from catalog_table (our own import), never from the request.
                    String sql = "select \"" + k.getString(1) + "\", \"" + k.getString(2) + "\" from " + schema
                            + ".gaia_source where source_id = ?";
                    try (PreparedStatement s = c.prepareStatement(sql)) {
                        s.setLong(1, Long.parseLong(sourceId));
                        try (ResultSet r = s.executeQuery()) {
                            return r.next()
                                    ? java.util.Optional.of(coordinate(
                                            "GAIA",
                                            "Gaia DR" + release + " " + sourceId,
                                            r.getDouble(1),
                                            r.getDouble(2)))
                                    : java.util.Optional.empty();
                        }
                    }
                }
            }
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static Map<String, Object> coordinate(String resolver, String canonical, double ra, double dec) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("resolver", resolver);
        m.put("cached", false);
        m.put("searchRadius", -1.0);
        m.put("canonicalName", canonical);
        m.put("ra", ra);
        m.put("decl", dec);
        return m;
    }
}
