// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.dialect.tap.schema.TapColumn;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.xml.VotableReading;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.table.TableFormatException;
import uk.ac.starlink.util.DataSource;

/**
 * Loads an uploaded VOTable, FITS or CSV table (read by STIL) into a temporary table of the
 * query's connection, within the byte and row limits, and describes it as {@code TAP_UPLOAD.name}.
 */
public record UploadLoader(long maxBytes, long maxRows) {

    /** The temporary table's name for an upload. */
    public static String tempName(Upload upload) {
        return "tap_upload_" + upload.name().toLowerCase(Locale.ROOT);
    }

    public TapTable load(Connection c, Upload upload) throws TapException, SQLException {
        Path file = null;
        try {
            file = spool(upload);
            StarTable table = read(file, upload.name());
            List<UploadColumn> columns = UploadColumn.of(table);
            String temp = tempName(upload);
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists pg_temp." + temp);
                s.execute("create temp table " + temp + " ("
                        + String.join(
                                ", ",
                                columns.stream()
                                        .map(col -> col.quoted() + " " + col.sqlType())
                                        .toList()) + ")");
            }
            insertRows(c, temp, table, columns, upload.name());
            List<TapColumn> described = new ArrayList<>();
            for (UploadColumn col : columns) {
                ColumnInfo info = col.info();
                described.add(TapColumn.typed(col.name(), col.datatype(), col.arraysize(), info.getXtype())
                        .unit(info.getUnitString())
                        .ucd(info.getUCD())
                        .utype(info.getUtype())
                        .description(info.getDescription())
                        .build());
            }
            return new TapTable(
                    "TAP_UPLOAD",
                    "TAP_UPLOAD." + upload.name(),
                    "table",
                    null,
                    "uploaded table",
                    described,
                    new TapTable.Uploaded(temp));
        } catch (FileSystemException e) {
            // The spooled file itself failed (its message would name the server's temp path).
            throw cannotStore(upload.name(), e);
        } catch (IOException | RuntimeException e) {
            // RuntimeException: a value STIL read that does not fit the column it declared.
            throw TapException.badRequest("cannot read uploaded table " + upload.name() + ": " + e.getMessage());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless; the OS cleans its temp directory
                }
            }
        }
    }

    /**
     * Copies an upload's bytes into a new temporary file, refusing it once it passes the byte limit;
     * the caller deletes the file. A failure to read the source is the client's (its message is the
     * source's: a part cut short, or the fetcher's one uninformative line); a failure to write the
     * file is the server's, a 500 that names no path.
     */
    public Path spool(Upload upload) throws IOException, TapException {
        Path file;
        try {
            file = Files.createTempFile("tap-upload-", ".dat");
        } catch (IOException e) {
            throw cannotStore(upload.name(), e);
        }
        boolean spooled = false;
        try (InputStream in = upload.source().open();
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw TapException.badRequest(
                            "uploaded table " + upload.name() + " exceeds the upload limit of " + maxBytes + " bytes");
                }
                try {
                    out.write(buffer, 0, n);
                } catch (IOException e) {
                    throw cannotStore(upload.name(), e);
                }
            }
            spooled = true;
        } finally {
            if (!spooled) {
                Files.deleteIfExists(file);
            }
        }
        return file;
    }

    private static TapException cannotStore(String name, IOException e) {
        return new TapException(500, "the server could not store uploaded table " + name, e);
    }

    /**
     * Checks a spooled upload as {@link #load} would read it: a VOTable, FITS or CSV table within the
     * row limit. Async jobs check their uploads when they are sent, so the client hears at once
     * rather than from a job in ERROR later.
     */
    public void check(Path file, String name) throws TapException {
        try {
            StarTable table = read(file, name);
            UploadColumn.of(table);
            try (RowSequence rows = table.getRowSequence()) {
                long count = 0;
                while (rows.next()) {
                    if (++count > maxRows) {
                        throw tooManyRows(name);
                    }
                }
            }
        } catch (FileSystemException e) {
            throw cannotStore(name, e);
        } catch (IOException | RuntimeException e) {
            throw TapException.badRequest("cannot read uploaded table " + name + ": " + e.getMessage());
        }
    }

    private TapException tooManyRows(String name) {
        return TapException.badRequest("uploaded table " + name + " has more than the limit of " + maxRows + " rows");
    }

    /**
     * Reads a spooled upload. XML is read as a VOTable only, through the hardened reader (a DOCTYPE,
     * entities and STREAM hrefs are refused; falling back to CSV would only hide why); anything
     * else is tried as FITS, then CSV. STIL sees the table's name, never the temp file's path, so its
     * messages cannot show the client where the server keeps uploads.
     */
    private static StarTable read(Path file, String name) throws IOException, TapException {
        DataSource source = named(file, name);
        if (looksLikeXml(source.getIntro())) {
            try (InputStream in = source.getInputStream()) {
                return VotableReading.read(in, StoragePolicy.getDefaultPolicy());
            }
        }
        StarTableFactory factory = new StarTableFactory(false);
        String last = "";
        for (String format : List.of("fits", "csv")) {
            try {
                return factory.makeStarTable(named(file, name), format);
            } catch (TableFormatException e) {
                last = e.getMessage();
            } catch (RuntimeException e) {
                // STIL's format sniffers can trip over arbitrary bytes; such a table is not one.
                last = "unreadable as " + format;
            }
        }
        throw TapException.badRequest("uploaded table " + name + " is neither VOTable, FITS nor CSV: " + last);
    }

    /**
     * A spooled upload as STIL reads it: under the table's name, never the temp file's path (so no
     * message can show where uploads are kept), and with no URL for anything in it to resolve against.
     */
    public static DataSource named(Path file, String name) {
        DataSource source = new DataSource() {
            @Override
            protected InputStream getRawInputStream() throws IOException {
                return Files.newInputStream(file);
            }
        };
        source.setName(name);
        return source;
    }

    /** The first byte after a byte-order mark and white space is '<' (STIL has decompressed it). */
    static boolean looksLikeXml(byte[] intro) {
        int i = intro.length >= 3 && (intro[0] & 0xff) == 0xef && (intro[1] & 0xff) == 0xbb && (intro[2] & 0xff) == 0xbf
                ? 3
                : 0;
        while (i < intro.length && Character.isWhitespace(intro[i])) {
            i++;
        }
        return i < intro.length && intro[i] == '<';
    }

    private void insertRows(Connection c, String temp, StarTable table, List<UploadColumn> columns, String name)
            throws SQLException, IOException, TapException {
        String marks = String.join(", ", columns.stream().map(col -> "?").toList());
        try (PreparedStatement s = c.prepareStatement("insert into pg_temp." + temp + " values (" + marks + ")");
                RowSequence rows = table.getRowSequence()) {
            long count = 0;
            while (rows.next()) {
                if (++count > maxRows) {
                    throw tooManyRows(name);
                }
                for (int i = 0; i < columns.size(); i++) {
                    columns.get(i).bind(s, i + 1, rows.getCell(i));
                }
                s.addBatch();
                if (count % 1000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }
}
