// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.meridian.sky.Healpix;
import org.meridian.store.CopyText;
import org.postgresql.copy.CopyIn;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.TableFormatException;
import uk.ac.starlink.table.TableSink;

/**
 * Receives STIL's streamed rows and COPYs them into the staging table, adding each row's nested
 * HEALPix index (order 29) computed from its ra/dec columns.
 */
final class CatalogSink implements TableSink {

    static final int HPX_ORDER = 29;
    private static final int FLUSH_CHARS = 1 << 20;

    private final Connection connection;
    private final QualifiedName table;
    private final String raHint;
    private final String decHint;
    private final List<ColumnMapping> columns = new ArrayList<>();
    private String description = "";
    private int raIndex = -1;
    private int decIndex = -1;
    private CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
    private long rows;

    CatalogSink(Connection connection, QualifiedName table, String raHint, String decHint) {
        this.connection = connection;
        this.table = table;
        this.raHint = raHint;
        this.decHint = decHint;
    }

    @Override
    public void acceptMetadata(StarTable meta) throws TableFormatException {
        for (int i = 0; i < meta.getColumnCount(); i++) {
            columns.add(ColumnMapping.of(meta.getColumnInfo(i)));
        }
        for (var param : meta.getParameters()) {
            if (param.getInfo().getName().equalsIgnoreCase("description") && param.getValue() != null) {
                description = String.valueOf(param.getValue());
            }
        }
        raIndex = find(raHint, "pos.eq.ra", "ra", "raj2000", "ra_icrs");
        decIndex = find(decHint, "pos.eq.dec", "dec", "dej2000", "decj2000", "de_icrs");
        if ((raIndex < 0) != (decIndex < 0)) {
            throw new TableFormatException("found only one of the ra/dec columns; name both with --ra and --dec");
        }
        try (Statement s = connection.createStatement()) {
            List<String> definitions = new ArrayList<>();
            for (ColumnMapping col : columns) {
                definitions.add(col.quotedName() + " " + col.sqlType());
            }
            if (positional()) {
                definitions.add("hpx bigint");
            }
            s.execute("create table " + table.quoted() + " (" + String.join(", ", definitions) + ")");
            copy = CatalogImporter.copyIn(connection, table, columns, positional());
        } catch (SQLException e) {
            throw new TableFormatException("cannot create " + table + ": " + e.getMessage(), e);
        }
    }

    /** The column named by the hint, else the first whose UCD starts with the given one, else by name. */
    private int find(String hint, String ucd, String... names) throws TableFormatException {
        if (hint != null) {
            String wanted = ColumnMapping.sqlName(hint);
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(wanted)) {
                    return i;
                }
            }
            throw new TableFormatException("no column named " + hint);
        }
        for (int i = 0; i < columns.size(); i++) {
            ColumnInfo info = columns.get(i).info();
            if (info.getUCD() != null && info.getUCD().toLowerCase(Locale.ROOT).startsWith(ucd + ";meta.main")) {
                return i;
            }
        }
        for (String name : names) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public void acceptRow(Object[] row) throws java.io.IOException {
        for (Object value : row) {
            CopyText.append(buffer, value);
            buffer.append('\t');
        }
        if (positional()) {
            Double ra = number(row[raIndex]);
            Double dec = number(row[decIndex]);
            if (ra != null && dec != null && dec >= -90 && dec <= 90) {
                buffer.append(Healpix.ang2pix(HPX_ORDER, ra, dec));
            } else {
                buffer.append("\\N");
            }
        } else {
            buffer.setLength(buffer.length() - 1); // no hpx: drop the last tab
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    @Override
    public void endRows() throws java.io.IOException {
        flush();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new java.io.IOException("COPY failed: " + e.getMessage(), e);
        }
    }

    private void flush() throws java.io.IOException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = CatalogImporter.utf8(buffer);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new java.io.IOException("COPY failed: " + e.getMessage(), e);
        }
    }

    private static Double number(Object v) {
        return v instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : null;
    }

    List<ColumnMapping> columns() {
        return columns;
    }

    long rows() {
        return rows;
    }

    String description() {
        return description;
    }

    /** True when the table has ra/dec columns and so an {@code hpx} column. */
    boolean positional() {
        return raIndex >= 0;
    }

    String raColumn() {
        return positional() ? columns.get(raIndex).name() : null;
    }

    String decColumn() {
        return positional() ? columns.get(decIndex).name() : null;
    }
}
