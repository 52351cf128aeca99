// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;
import org.meridian.store.FileStore;
import org.meridian.store.SqlFragment;

/**
 * Finding stored files and reading their bytes, for every dialect that serves files (Gemini
 * {@code /file} and {@code /download}, LCO frame versions, MAST downloads, DataLink). Bytes are only
 * handed out through {@link #open} after {@link Access#mayReadFile} said yes.
 */
public record ArchiveFiles(Database db, FileStore store, Clock clock) {

    private static final String SELECT = """
            select v.id, o.id, f.name, v.filename, v.storage_key, v.compressed, v.file_size, v.data_size,
                   v.file_md5, v.data_md5, v.lastmod, v.present, v.canonical,
                   o.program_id, o.observation_id, o.instrument, o.engineering, o.release, o.collection
              from file_version v
              join file f on f.id = v.file_id
              join observation o on o.id = f.observation_id
            """;

    /** The canonical version of a file, by dataset name or stored filename ({@code x.fits} or {@code x.fits.bz2}). */
    public Optional<StoredFile> canonical(String nameOrFilename) throws SQLException {
        return one(SELECT + " where v.canonical and (f.name = ? or v.filename = ?)", nameOrFilename, nameOrFilename);
    }

    /** A specific version, present or not. */
    public Optional<StoredFile> version(long versionId) throws SQLException {
        return one(SELECT + " where v.id = ?", versionId);
    }

    /** The canonical version of a file by its content md5 (LCO {@code /versions/?md5=}). */
    public Optional<StoredFile> byMd5(String md5) throws SQLException {
        return one(SELECT + " where v.file_md5 = ? order by v.canonical desc, v.id desc limit 1", md5);
    }

    /** Whether the caller may read this file's bytes or previews (the stored version must be present). */
    public boolean mayRead(Caller caller, StoredFile file) {
        return file.present() && Access.mayReadFile(caller, file.access(), clock.instant());
    }

    /**
     * Whether the caller may know the file exists ({@link Access#listed}). Byte routes answer "not
     * found" for a file it may not, as its listings would, and "forbidden" only for a listed one.
     */
    public boolean listed(Caller caller, StoredFile file) throws SQLException {
        if (mayRead(caller, file)) {
            return true;
        }
        SqlFragment rule = Access.listed(caller, "o");
        try (Connection c = db.connection();
                PreparedStatement s =
                        c.prepareStatement("select 1 from observation o where o.id = ? and (" + rule.sql() + ")")) {
            s.setLong(1, file.observationRowId());
            rule.bind(s, 2);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Whether the file's bytes are public to everyone now (MAST's {@code dataRights}). */
    public boolean released(StoredFile file) {
        return Access.released(file.access(), clock.instant());
    }

    /**
     * Opens the bytes as stored, or a byte range of them.
     *
     * @throws SecurityException when the caller may not read the file
     */
    public InputStream open(Caller caller, StoredFile file, long offset, long length) throws IOException {
        if (!mayRead(caller, file)) {
            throw new SecurityException("not authorised to read " + file.filename());
        }
        return offset == 0 && length >= file.fileSize()
                ? store.open(file.storageKey())
                : store.open(file.storageKey(), offset, length);
    }

    /**
     * Opens the file's data: the stored bytes with bzip2 or gzip transport compression undone (what
     * Gemini's {@code /file} serves decompressed, and what FITS readers need). Tile-compressed
     * ({@code fpack}) files are FITS already and come as stored.
     *
     * @throws SecurityException when the caller may not read the file
     */
    public InputStream openData(Caller caller, StoredFile file) throws IOException {
        InputStream stored = new BufferedInputStream(open(caller, file, 0, file.fileSize()), 1 << 16);
        return switch (file.compression() == null ? "" : file.compression()) {
            case "bzip2" -> new BZip2CompressorInputStream(stored, true);
            case "gzip" -> new GZIPInputStream(stored, 1 << 16);
            default -> stored;
        };
    }

    private Optional<StoredFile> one(String sql, Object... params) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    private static StoredFile read(ResultSet r) throws SQLException {
        Timestamp release = r.getTimestamp(18);
        var access = new Access.ObservationAccessFacts(
                r.getString(3),
                r.getString(19),
                r.getString(14),
                r.getString(15),
                r.getString(16),
                r.getBoolean(17),
                release == null ? null : release.toInstant());
        return new StoredFile(
                r.getLong(1),
                r.getLong(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getLong(7),
                r.getLong(8),
                r.getString(9),
                r.getString(10),
                r.getTimestamp(11).toInstant(),
                r.getBoolean(12),
                r.getBoolean(13),
                access);
    }
}
