// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.store.JdbcCells;
import org.meridian.vo.output.ServiceDescriptor;
import org.meridian.vo.output.StreamedResult;
import uk.ac.starlink.table.ColumnInfo;

/**
 * A one-pass STIL table over an open JDBC cursor (docs/design.md rule 4): rows are converted as the
 * writer pulls them and never held. Stops after {@code maxrec} rows; {@link #overflowed()} then
 * tells whether the cursor had more (the statement fetches at most maxrec + 1). An error while
 * reading ends the rows and is kept in {@link #failure()}.
 */
public final class ResultTable extends StreamedResult {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final ResultSet rs;
    private final ResultColumns.Column[] columns;
    private final long maxrec;
    private final List<ServiceDescriptor> descriptors;
    private long rows;
    private boolean overflowed;
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
        this(rs, ResultColumns.of(rs.getMetaData(), referenced, shapes), referenced, maxrec, baseUrl);
    }

    private ResultTable(
            ResultSet rs, ResultColumns.Column[] columns, List<TapTable> referenced, long maxrec, String baseUrl) {
        super(Arrays.stream(columns).map(ResultColumns.Column::info).toArray(ColumnInfo[]::new));
        this.rs = rs;
        this.columns = columns;
        this.maxrec = maxrec;
        this.descriptors = DatalinkDescriptors.attach(columns, referenced, baseUrl);
    }

    @Override
    public List<ServiceDescriptor> serviceDescriptors() {
        return descriptors;
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
    protected Object[] nextRow() {
        try {
            if (!rs.next()) {
                return null;
            }
            if (rows >= maxrec) {
                overflowed = true;
                return null;
            }
            Object[] row = new Object[columns.length];
            for (int i = 0; i < row.length; i++) {
                row[i] = cell(i + 1, columns[i].kind());
            }
            rows++;
            return row;
        } catch (SQLException e) {
            failure = e;
            return null;
        }
    }

    private Object cell(int index, ResultColumns.Kind kind) throws SQLException {
        Object value =
                switch (kind) {
                    case TIMESTAMP -> timestamp(rs.getObject(index));
                    case STCS_POLYGON ->
                        stcsPolygon((double[]) JdbcCells.array(rs.getArray(index), JdbcCells.Type.DOUBLE_ARRAY));
                    default -> JdbcCells.read(rs, index, kind.cells);
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
