// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.ssa;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.meridian.dialect.eso.EsoIds;
import org.meridian.vo.output.QueryResult;
import uk.ac.starlink.table.AbstractStarTable;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.ReaderRowSequence;
import uk.ac.starlink.table.RowSequence;

/**
 * SSAP query results (SSAP 1.1 section 9) streamed from the database cursor as the {@code
 * vo.output} writers take them: one row per spectrum, read once, at most MAXREC rows, each column
 * with its standard {@code ssa:} utype, UCD and unit. The cursor's row holds the columns of
 * {@link SsaHandler}'s query; position and object name are null where the caller may not see them.
 */
final class SpectrumRows extends AbstractStarTable implements QueryResult {

    private static final List<QueryResult.Info> INFOS =
            List.of(new QueryResult.Info("SERVICE_PROTOCOL", "1.1", "SSAP"));

    /** The columns: name, class, ucd, utype, unit. */
    private static final ColumnInfo[] COLUMNS = {
        column("dp_id", String.class, "meta.id;meta.main", "ssa:DataID.CreatorDID", null),
        column("title", String.class, "meta.title;meta.dataset", "ssa:DataID.Title", null),
        column("access_url", String.class, "meta.ref.url;meta.dataset", "ssa:Access.Reference", null),
        column("format", String.class, "meta.code.mime", "ssa:Access.Format", null),
        column("size", Long.class, "phys.size;meta.file", "ssa:Access.Size", "byte"),
        column("target_name", String.class, "meta.id;src", "ssa:Target.Name", null),
        position(),
        column("date_obs", String.class, "time.epoch", "ssa:DataID.Date", null),
        column("mjd_obs", Double.class, "time.epoch", "ssa:Char.TimeAxis.Coverage.Location.Value", "d"),
        column("exptime", Double.class, "time.duration;obs.exposure", "ssa:Char.TimeAxis.Coverage.Bounds.Extent", "s"),
        column("wavelength_min", Double.class, "em.wl;stat.min", "ssa:Char.SpectralAxis.Coverage.Bounds.Start", "m"),
        column("wavelength_max", Double.class, "em.wl;stat.max", "ssa:Char.SpectralAxis.Coverage.Bounds.Stop", "m"),
        column("instrument", String.class, "meta.id;instr", "ssa:DataID.Instrument", null),
        column("collection", String.class, "meta.id", "ssa:DataID.Collection", null),
        column("proposal_id", String.class, "meta.id;obs.proposal", "ssa:Curation.Reference", null),
    };

    private final ResultSet cursor;
    private final long maxrec;
    private final String base;
    private boolean consumed;
    private boolean overflowed;
    private Exception failure;

    /**
     * @param cursor the query's rows, or null for a metadata-only answer (no rows)
     * @param base the server's URL as the client reached it, for the access references
     */
    SpectrumRows(ResultSet cursor, long maxrec, String base) {
        this.cursor = cursor;
        this.maxrec = maxrec;
        this.base = base;
        setName("results");
    }

    private static ColumnInfo column(String name, Class<?> type, String ucd, String utype, String unit) {
        ColumnInfo c = new ColumnInfo(name, type, null);
        c.setUCD(ucd);
        c.setUtype(utype);
        c.setUnitString(unit);
        return c;
    }

    private static ColumnInfo position() {
        ColumnInfo c = column("position", double[].class, "pos.eq;meta.main", "ssa:Target.Pos", "deg");
        c.setShape(new int[] {2});
        return c;
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public ColumnInfo getColumnInfo(int icol) {
        return COLUMNS[icol];
    }

    @Override
    public long getRowCount() {
        return -1;
    }

    @Override
    public boolean overflowed() {
        return overflowed;
    }

    @Override
    public Exception failure() {
        return failure;
    }

    @Override
    public List<QueryResult.Info> infos() {
        return INFOS;
    }

    @Override
    public RowSequence getRowSequence() throws IOException {
        if (consumed) {
            throw new IOException("SSAP rows can be read only once");
        }
        consumed = true;
        return new ReaderRowSequence() {
            private long n;

            /** The next row, or null at the end, at MAXREC (overflowed) or on a database failure. */
            @Override
            protected Object[] readRow() {
                if (cursor == null || failure != null) {
                    return null;
                }
                try {
                    if (!cursor.next()) {
                        return null;
                    }
                    if (++n > maxrec) {
                        overflowed = true;
                        return null;
                    }
                    return read(cursor);
                } catch (SQLException e) {
                    failure = e;
                    return null;
                }
            }
        };
    }

    private Object[] read(ResultSet r) throws SQLException {
        String dpId = EsoIds.ofFileName(r.getString(1));
        boolean coordsVisible = r.getBoolean(12);
        String object = coordsVisible ? r.getString(2) : null;
        Timestamp start = r.getTimestamp(5);
        return new Object[] {
            dpId,
            r.getString(9) + (object == null ? " spectrum" : " spectrum of " + object),
            base + "/dataportal_new/file/" + dpId.replace(" ", "%20"),
            "application/fits",
            r.getLong(11),
            object,
            !coordsVisible || r.getObject(3) == null ? null : new double[] {r.getDouble(3), r.getDouble(4)},
            start == null ? null : start.toInstant().toString(),
            start == null ? null : start.getTime() / 86_400_000.0 + 40587.0,
            (Double) r.getObject(6),
            (Double) r.getObject(7),
            (Double) r.getObject(8),
            r.getString(9),
            "ESO",
            r.getString(10),
        };
    }
}
