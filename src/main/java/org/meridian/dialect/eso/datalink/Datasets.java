// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.datalink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.archive.StoredFile;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.eso.EsoIds;
import org.meridian.store.Database;

/**
 * ESO datasets and the files related to them, as DataLink lists them. Which of them a caller may see
 * listed, and whose bytes it may read, is asked of {@link ArchiveFiles} (docs/access.md); nothing
 * here decides it.
 *
 * @param db the archive database
 * @param files what a caller may see listed and read
 */
public record Datasets(Database db, ArchiveFiles files) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLLECTION = "ESO";

    /** The canonical file of an ESO dataset the caller may see listed; empty when unknown or hidden. */
    public Optional<StoredFile> listed(Caller caller, String dpId) throws SQLException {
        Optional<StoredFile> file = files.canonical(dpId + ".fits");
        if (file.isEmpty()) {
            file = files.canonical(dpId);
        }
        if (file.isEmpty() || !COLLECTION.equals(file.get().access().collection())) {
            return Optional.empty();
        }
        return files.listed(caller, file.get()) ? file : Optional.empty();
    }

    /** The other files of the same observation (error, quality and weight maps; ESO's ancillary files). */
    public List<String> auxiliary(StoredFile file) throws SQLException {
        return names(
                "select f.name from file f where f.observation_id = ? and f.name <> ? order by f.name",
                file.observationRowId(),
                file.name());
    }

    /** The dp_ids this dataset was made from (its PROVi cards). */
    public List<String> progenitors(StoredFile file) throws SQLException {
        return names(
                "select pl.target_name from product_link pl join file f on f.id = pl.source_file_id"
                        + " where f.name = ? order by pl.target_name",
                file.name());
    }

    /** The datasets made from this one (products naming it among their progenitors). */
    public List<String> derivations(StoredFile file) throws SQLException {
        return names(
                "select f.name from product_link pl join file f on f.id = pl.source_file_id"
                        + " where pl.target_name = ? or pl.target_name = ? order by f.name",
                EsoIds.ofFileName(file.name()),
                file.name());
    }

    /** The stored header cards, one JSON array per HDU; an empty array when none were stored. */
    public JsonNode headers(StoredFile file) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select cards from header where file_version_id = ?")) {
            s.setLong(1, file.versionId());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return JSON.createArrayNode();
                }
                return JSON.readTree(r.getString(1));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("stored header cards are not JSON", e);
        }
    }

    private List<String> names(String sql, Object... params) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        }
    }
}
