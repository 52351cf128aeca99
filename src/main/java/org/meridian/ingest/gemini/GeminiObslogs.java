// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.store.Database;
import org.meridian.store.FileStore;

/**
 * Ingests Gemini observation logs: plain-text files named {@code <yyyymmdd>_<progid>_obslog.txt}
 * (FitsStorage's Obslog), whose UT date and program ID come from the name. Bytes go to the
 * FileStore first, under a key unique to their md5; then one row in {@code gemini_obslog}.
 */
public record GeminiObslogs(Database db, FileStore store) {

    private static final Pattern NAME = Pattern.compile("^(20\\d{6})_(.+)_obslog\\.txt$");

    /** What ingesting one log did. */
    public enum Result {
        INGESTED,
        UNCHANGED
    }

    public static boolean isObslog(Path file) {
        return NAME.matcher(file.getFileName().toString()).matches();
    }

    /** The UT date and program ID a log's name gives; empty when the name is not an obslog's. */
    public static Optional<Name> parse(String filename) {
        Matcher m = NAME.matcher(filename);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Name(LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE), m.group(2)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public record Name(LocalDate utDate, String programId) {}

    public Result ingest(Path file) throws IOException, SQLException {
        String filename = file.getFileName().toString();
        Name name = parse(filename).orElseThrow(() -> new IOException("not an obslog file name: " + filename));
        String md5 = md5(file);
        String key = "gemini/obslogs/" + md5.substring(0, 12) + "/" + filename;
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                String oldKey = null;
                try (PreparedStatement s = c.prepareStatement(
                        "select file_md5, storage_key from gemini_obslog where filename = ? for update")) {
                    s.setString(1, filename);
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            if (r.getString(1).equals(md5)) {
                                c.rollback();
                                return Result.UNCHANGED;
                            }
                            oldKey = r.getString(2);
                        }
                    }
                }
                store.put(key, file);
                try (PreparedStatement s = c.prepareStatement("""
                        insert into gemini_obslog (filename, program_id, ut_date, storage_key, file_size, file_md5, lastmod)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (filename) do update set program_id = excluded.program_id,
                          ut_date = excluded.ut_date, storage_key = excluded.storage_key,
                          file_size = excluded.file_size, file_md5 = excluded.file_md5,
                          lastmod = excluded.lastmod, entrytime = now()""")) {
                    s.setString(1, filename);
                    s.setString(2, name.programId());
                    s.setObject(3, name.utDate());
                    s.setString(4, key);
                    s.setLong(5, Files.size(file));
                    s.setString(6, md5);
                    s.setTimestamp(
                            7, Timestamp.from(Files.getLastModifiedTime(file).toInstant()));
                    s.executeUpdate();
                }
                c.commit();
                if (oldKey != null && !oldKey.equals(key)) {
                    store.delete(oldKey);
                }
                return Result.INGESTED;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static String md5(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
