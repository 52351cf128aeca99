// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.ssa;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;
import org.meridian.vo.dali.BadParameterException;
import org.meridian.vo.dali.DaliErrors;
import org.meridian.vo.dali.DaliParams;
import org.meridian.vo.dali.VoTableDocuments;
import org.meridian.vo.output.ResultFormat;
import org.meridian.web.FormBody;
import org.meridian.web.RequestUrls;
import org.meridian.web.auth.CallerResolver;

/**
 * {@code /ssa} (SSAP 1.1 queryData): ESO's 1-D spectra (Phase 3 products of category
 * {@code SCIENCE.SPECTRUM}) in a cone, band and time, as a VOTable whose fields carry the standard
 * {@code ssa:} utypes pyvo reads; each row's access reference is the spectrum's download (getData).
 * Rows are those the caller may see listed with their coordinates (docs/access.md). The rows stream
 * from the database cursor through the {@code vo.output} VOTable writer ({@link SpectrumRows}), as
 * TAP results do.
 */
public final class SsaHandler {

    /** Rows fetched from the cursor at a time, so a large answer never sits whole in memory. */
    private static final int FETCH_SIZE = 500;

    private final Database db;
    private final CallerResolver callers;

    public SsaHandler(Database db, CallerResolver callers) {
        this.db = db;
        this.callers = callers;
    }

    public void handle(Context ctx) throws Exception {
        Caller caller = callers.of(ctx);
        SsaQuery query;
        try {
            query = SsaQuery.read(DaliParams.of(ctx));
        } catch (BadParameterException e) {
            DaliErrors.votable(ctx, 400, "UsageFault: " + e.getMessage());
            return;
        } catch (FormBody.MalformedException e) {
            DaliErrors.votable(ctx, e.status(), "UsageFault: " + e.getMessage());
            return;
        }
        String base = RequestUrls.base(ctx);
        if (query.metadataOnly()) {
            ctx.contentType(VoTableDocuments.MIME);
            write(new SpectrumRows(null, query.maxrec(), base), ctx);
            return;
        }
        SqlFragment where = where(caller, query);
        // Position and object name of a listed row only where Access lets this caller see them.
        SqlFragment coords = Access.coordinatesVisible(caller, "o");
        String sql = "select f.name, o.object, o.ra, o.dec, o.ut_start, o.exposure_time, o.em_min, o.em_max,"
                + " o.instrument, o.program_id, v.file_size, (" + coords.sql() + ")"
                + " from observation o join file f on f.observation_id = o.id and f.product_type = 'SCIENCE'"
                + " join file_version v on v.file_id = f.id and v.canonical"
                + " where " + where.sql() + " order by o.ut_start, f.name limit ?";
        try (Connection c = db.connection()) {
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int next = where.bind(s, coords.bind(s, 1));
                s.setLong(next, query.maxrec() + 1);
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet r = s.executeQuery()) {
                    ctx.contentType(VoTableDocuments.MIME);
                    write(new SpectrumRows(r, query.maxrec(), base), ctx);
                }
            } finally {
                c.rollback();
            }
        }
    }

    private static void write(SpectrumRows rows, Context ctx) throws java.io.IOException {
        ResultFormat.VOTABLE_TABLEDATA.writer().write(rows, null, ctx.outputStream());
    }

    /** The spectra the query asks for, among those the caller may see listed. */
    private static SqlFragment where(Caller caller, SsaQuery q) {
        SqlFragment where = SqlFragment.of(
                        "o.collection = 'ESO' and o.extra ->> 'dataproduct_subtype' like 'SCIENCE.SPECTRUM%'")
                .and(Access.listed(caller, "o"));
        if (q.cone().isPresent()) {
            double[] c = q.cone().get();
            where = where.and(Access.coordinatesVisible(caller, "o"))
                    .and(SqlFragment.of("sky_distance(o.ra, o.dec, ?, ?) <= ?", c[0], c[1], c[2]));
        }
        if (q.band().isPresent()) {
            where = where.and(SqlFragment.of(
                    "o.em_max >= ? and o.em_min <= ?",
                    q.band().get()[0],
                    q.band().get()[1]));
        }
        if (q.time().isPresent()) {
            if (q.time().get()[0] != null) {
                where = where.and(SqlFragment.of(
                        "o.ut_start >= ?", Timestamp.from(q.time().get()[0])));
            }
            if (q.time().get()[1] != null) {
                where = where.and(SqlFragment.of(
                        "o.ut_start <= ?", Timestamp.from(q.time().get()[1])));
            }
        }
        return where;
    }
}
