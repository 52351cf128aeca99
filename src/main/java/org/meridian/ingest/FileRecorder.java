// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.meridian.core.archive.Identity;

/**
 * Writes one mapped file into the catalogue tables inside the caller's transaction: program (when
 * new), observation, file, a new file version (the previous one becomes not present and not
 * canonical), every header card, and the file's links to the files it names.
 */
final class FileRecorder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FileRecorder() {}

    /** The canonical version of a dataset, if any: its id, md5 and storage key. */
    record CurrentVersion(long id, String fileMd5, String storageKey) {}

    static Optional<CurrentVersion> current(Connection c, String datasetName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select v.id, v.file_md5, v.storage_key from file f"
                + " join file_version v on v.file_id = f.id and v.canonical where f.name = ?")) {
            s.setString(1, datasetName);
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(new CurrentVersion(r.getLong(1), r.getString(2), r.getString(3)))
                        : Optional.empty();
            }
        }
    }

    /** Records the file; returns the new version's id. */
    static long record(
            Connection c, MappedFile mapped, FitsHeaders headers, FileDigest digest, String storageKey, Instant lastmod)
            throws SQLException {
        ensureProgram(c, mapped.observation().identity());
        long observationId = ObservationWriter.upsert(c, mapped.observation());
        String name = FileDigest.datasetName(headers.filename());
        long fileId = upsertFile(c, name, observationId, mapped.product());
        try (PreparedStatement s = c.prepareStatement(
                "update file_version set present = false, canonical = false where file_id = ? and canonical")) {
            s.setLong(1, fileId);
            s.executeUpdate();
        }
        long versionId;
        try (PreparedStatement s = c.prepareStatement("insert into file_version (file_id, filename, storage_key,"
                + " compressed, file_size, data_size, file_md5, data_md5, lastmod, ingest_warnings)"
                + " values (?,?,?,?,?,?,?,?,?,?)"
                + " returning id")) {
            s.setLong(1, fileId);
            s.setString(2, headers.filename());
            s.setString(3, storageKey);
            s.setString(4, digest.compression());
            s.setLong(5, digest.fileSize());
            s.setLong(6, digest.dataSize());
            s.setString(7, digest.fileMd5());
            s.setString(8, digest.dataMd5());
            s.setTimestamp(9, Timestamp.from(lastmod));
            s.setArray(10, c.createArrayOf("text", mapped.warnings().toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                versionId = r.getLong(1);
            }
        }
        try (PreparedStatement s =
                c.prepareStatement("insert into header (file_version_id, cards) values (?, ?::jsonb)")) {
            s.setLong(1, versionId);
            s.setString(2, cardsJson(headers));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("delete from product_link where source_file_id = ?")) {
            s.setLong(1, fileId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("insert into product_link (source_file_id, target_name, kind)"
                + " values (?, ?, ?) on conflict do nothing")) {
            for (MappedFile.RelatedFile related : mapped.related()) {
                s.setLong(1, fileId);
                s.setString(2, related.basename());
                s.setString(3, related.kind());
                s.addBatch();
            }
            s.executeBatch();
        }
        return versionId;
    }

    /** Files name programs the archive may not know yet; they get a row with what the ID tells. */
    private static void ensureProgram(Connection c, Identity id) throws SQLException {
        if (id.programId() == null || id.programId().isBlank()) {
            return;
        }
        String upper = id.programId().toUpperCase();
        try (PreparedStatement s = c.prepareStatement("insert into program (id, collection, engineering, calibration,"
                + " science_verification) values (?, ?, ?, ?, ?) on conflict (id) do nothing")) {
            s.setString(1, id.programId());
            s.setString(2, id.collection());
            s.setBoolean(3, upper.contains("-ENG") || upper.contains("ENGINEERING"));
            s.setBoolean(4, upper.contains("-CAL") || upper.contains("CALIB"));
            s.setBoolean(5, upper.contains("-SV-"));
            s.executeUpdate();
        }
    }

    private static long upsertFile(Connection c, String name, long observationId, MappedFile.Product product)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into file (name, observation_id, product_type,"
                + " product_subgroup, calib_level) values (?, ?, ?, ?, ?) on conflict (name) do update set"
                + " observation_id = excluded.observation_id, product_type = excluded.product_type,"
                + " product_subgroup = excluded.product_subgroup, calib_level = excluded.calib_level returning id")) {
            s.setString(1, name);
            s.setLong(2, observationId);
            s.setString(3, product.type());
            s.setString(4, product.subgroup());
            s.setInt(5, product.calibLevel());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** [[{"k":key,"v":value,"c":comment}, ...] per HDU]; PostgreSQL JSON cannot hold NUL, so it is dropped. */
    static String cardsJson(FitsHeaders headers) {
        ArrayNode hdus = JSON.createArrayNode();
        for (FitsHeaders.Hdu hdu : headers.hdus()) {
            ArrayNode cards = hdus.addArray();
            for (FitsHeaders.Card card : hdu.cards()) {
                ObjectNode node = cards.addObject();
                node.put("k", card.key());
                switch (card.value()) {
                    case null -> node.putNull("v");
                    case Boolean b -> node.put("v", b);
                    case Long l -> node.put("v", l);
                    case Integer i -> node.put("v", i);
                    case Double d when d.isNaN() || d.isInfinite() -> node.put("v", d.toString());
                    case Double d -> node.put("v", d);
                    default -> node.put("v", clean(card.value().toString()));
                }
                if (card.comment() != null && !card.comment().isEmpty()) {
                    node.put("c", clean(card.comment()));
                }
            }
        }
        return hdus.toString();
    }

    private static String clean(String s) {
        return s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }
}
