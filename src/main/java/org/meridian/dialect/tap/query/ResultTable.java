// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.store.JdbcCells;
import org.meridian.vo.output.QueryResult;
import org.meridian.vo.output.ServiceDescriptor;
import uk.ac.starlink.table.AbstractStarTable;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowSequence;

/**
 * A one-pass STIL table over an open JDBC cursor (docs/design.md rule 4): rows are converted as the
 * writer pulls them and never held. Stops after {@code maxrec} rows; {@link #overflowed()} then
 * tells whether the cursor had more (the statement fetches at most maxrec + 1). An error while
 * reading ends the rows and is kept in {@link #failure()}.
 */
public final class ResultTable extends AbstractStarTable implements QueryResult {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final ResultSet rs;
    private final ResultColumns.Column[] columns;
    private final long maxrec;
    private final List<ServiceDescriptor> descriptors;
    private long rows;
    private boolean overflowed;
    private boolean consumed;
    private SQLException failure;

    ResultTable(ResultSet rs, List<TapTable> referenced, long maxrec) throws SQLException {
        this(rs, referenced, maxrec, null);
    }

    /** @param baseUrl the server's URL as the client reached it, for the DataLink descriptor; or null */
    ResultTable(ResultSet rs, List<TapTable> referenced, long maxrec, String baseUrl) throws SQLException {
        this(rs, referenced, List.of(), maxrec, baseUrl);
    }

    /** @param shapes per column, the geometry its select item constructs, or null ({@link GeometryColumns}) */
    ResultTable(
            ResultSet rs, List<TapTable> referenced, List<GeometryColumns.Shape> shapes, long maxrec, String baseUrl)
            throws SQLException {
        this.rs = rs;
        this.columns = ResultColumns.of(rs.getMetaData(), referenced, shapes);
        this.maxrec = maxrec;
        this.descriptors = DatalinkDescriptors.attach(columns, referenced, baseUrl);
    }

    @Override
    public List<ServiceDescriptor> serviceDescriptors() {
        return descriptors;
    }

    @Override
    public ColumnInfo getColumnInfo(int icol) {
        return columns[icol].info();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public long getRowCount() {
        return -1;
    }

    public long rows() {
        return rows;
    }

    public boolean overflowed() {
        return overflowed;
    }

    /**
     * The error that ended the rows early (a statement cancelled, a value PostgreSQL could not
     * compute), or null. The table then ends where the error struck, so a writer can still close
     * its document and say what happened (VOTable: INFO QUERY_STATUS=ERROR after the TABLE).
     */
    public SQLException failure() {
        return failure;
    }

    @Override
    public RowSequence getRowSequence() throws IOException {
        if (consumed) {
            throw new IOException("a query result can be read only once");
        }
        consumed = true;
        return new RowSequence() {
            private final Object[] row = new Object[columns.length];

            @Override
            public boolean next() throws IOException {
                try {
                    if (!rs.next()) {
                        return false;
                    }
                    if (rows >= maxrec) {
                        overflowed = true;
                        return false;
                    }
                    for (int i = 0; i < row.length; i++) {
                        row[i] = cell(i + 1, columns[i].kind());
                    }
                    rows++;
                    return true;
                } catch (SQLException e) {
                    failure = e;
                    return false;
                }
            }

            @Override
            public Object getCell(int icol) {
                return row[icol];
            }

            @Override
            public Object[] getRow() {
                return row.clone();
            }

            @Override
            public void close() {}
        };
    }

    private Object cell(int index, ResultColumns.Kind kind) throws SQLException {
        Object value =
                switch (kind) {
                    case BOOLEAN -> JdbcCells.read(rs, index, JdbcCells.Type.BOOLEAN);
                    case SHORT -> JdbcCells.read(rs, index, JdbcCells.Type.SHORT);
                    case INT -> JdbcCells.read(rs, index, JdbcCells.Type.INT);
                    case LONG -> JdbcCells.read(rs, index, JdbcCells.Type.LONG);
                    case FLOAT -> JdbcCells.read(rs, index, JdbcCells.Type.FLOAT);
                    case DOUBLE -> JdbcCells.read(rs, index, JdbcCells.Type.DOUBLE);
                    case TEXT -> JdbcCells.read(rs, index, JdbcCells.Type.TEXT);
                    case DOUBLE_ARRAY -> JdbcCells.read(rs, index, JdbcCells.Type.DOUBLE_ARRAY);
                    case FLOAT_ARRAY -> JdbcCells.read(rs, index, JdbcCells.Type.FLOAT_ARRAY);
                    case LONG_ARRAY -> JdbcCells.read(rs, index, JdbcCells.Type.LONG_ARRAY);
                    case TIMESTAMP -> timestamp(rs.getObject(index));
                    case STCS_POLYGON ->
                        stcsPolygon((double[]) JdbcCells.array(rs.getArray(index), JdbcCells.Type.DOUBLE_ARRAY));
                };
        return rs.wasNull() ? null : value;
    }

    private static String timestamp(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime t -> ISO.format(t.withOffsetSameInstant(ZoneOffset.UTC));
            case java.sql.Timestamp t -> ISO.format(t.toInstant().atOffset(ZoneOffset.UTC));
            default -> value.toString();
        };
    }

    /** A footprint's vertex array (ra1, dec1, ...) as an STC-S polygon, as ObsCore 1.1 publishes s_region. */
    static String stcsPolygon(double[] vertices) {
        if (vertices == null || vertices.length < 6) {
            return null;
        }
        StringBuilder s = new StringBuilder("Polygon ICRS");
        for (double v : vertices) {
            s.append(' ').append(v);
        }
        return s.toString();
    }
}
