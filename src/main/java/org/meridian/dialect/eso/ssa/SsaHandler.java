// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.ssa;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Locale;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.eso.EsoIds;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;
import org.meridian.vo.dali.BadParameterException;
import org.meridian.vo.dali.DaliErrors;
import org.meridian.vo.dali.DaliParams;
import org.meridian.vo.dali.VoTableDocuments;
import org.meridian.web.FormBody;
import org.meridian.web.RequestUrls;
import org.meridian.web.auth.CallerResolver;
import uk.ac.starlink.votable.VOSerializer;

/**
 * {@code /ssa} (SSAP 1.1 queryData): ESO's 1-D spectra (Phase 3 products of category
 * {@code SCIENCE.SPECTRUM}) in a cone, band and time, as a VOTable whose fields carry the standard
 * {@code ssa:} utypes pyvo reads; each row's access reference is the spectrum's download (getData).
 * Rows are those the caller may see listed with their coordinates (docs/access.md).
 */
public final class SsaHandler {

    /** name, datatype, arraysize, ucd, utype, unit. */
    private static final String[][] FIELDS = {
        {"dp_id", "char", "*", "meta.id;meta.main", "ssa:DataID.CreatorDID", null},
        {"title", "char", "*", "meta.title;meta.dataset", "ssa:DataID.Title", null},
        {"access_url", "char", "*", "meta.ref.url;meta.dataset", "ssa:Access.Reference", null},
        {"format", "char", "*", "meta.code.mime", "ssa:Access.Format", null},
        {"size", "long", null, "phys.size;meta.file", "ssa:Access.Size", "byte"},
        {"target_name", "char", "*", "meta.id;src", "ssa:Target.Name", null},
        {"position", "double", "2", "pos.eq;meta.main", "ssa:Target.Pos", "deg"},
        {"date_obs", "char", "*", "time.epoch", "ssa:DataID.Date", null},
        {"mjd_obs", "double", null, "time.epoch", "ssa:Char.TimeAxis.Coverage.Location.Value", "d"},
        {"exptime", "double", null, "time.duration;obs.exposure", "ssa:Char.TimeAxis.Coverage.Bounds.Extent", "s"},
        {"wavelength_min", "double", null, "em.wl;stat.min", "ssa:Char.SpectralAxis.Coverage.Bounds.Start", "m"},
        {"wavelength_max", "double", null, "em.wl;stat.max", "ssa:Char.SpectralAxis.Coverage.Bounds.Stop", "m"},
        {"instrument", "char", "*", "meta.id;instr", "ssa:DataID.Instrument", null},
        {"collection", "char", "*", "meta.id", "ssa:DataID.Collection", null},
        {"proposal_id", "char", "*", "meta.id;obs.proposal", "ssa:Curation.Reference", null},
    };

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
        ctx.contentType(VoTableDocuments.MIME);
        String base = RequestUrls.base(ctx);
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        VoTableDocuments.open(w);
        w.write("<RESOURCE type=\"results\">\n");
        StringBuilder rows = new StringBuilder();
        boolean overflow = query.metadataOnly() ? false : rows(caller, query, base, rows);
        w.write("<INFO name=\"QUERY_STATUS\" value=\"" + (overflow ? "OVERFLOW" : "OK") + "\"/>\n");
        w.write("<INFO name=\"SERVICE_PROTOCOL\" value=\"1.1\">SSAP</INFO>\n");
        w.write("<TABLE name=\"results\">\n");
        for (String[] f : FIELDS) {
            w.write("<FIELD name=\"" + f[0] + "\" datatype=\"" + f[1] + "\"");
            if (f[2] != null) w.write(" arraysize=\"" + f[2] + "\"");
            w.write(" ucd=\"" + f[3] + "\" utype=\"" + f[4] + "\"");
            if (f[5] != null) w.write(" unit=\"" + f[5] + "\"");
            w.write("/>\n");
        }
        w.write("<DATA><TABLEDATA>\n");
        w.write(rows.toString());
        w.write("</TABLEDATA></DATA>\n</TABLE>\n</RESOURCE>\n");
        VoTableDocuments.close(w);
        w.flush();
    }

    /** Appends the matching rows; true when MAXREC cut them short. */
    private boolean rows(Caller caller, SsaQuery q, String base, StringBuilder out) throws SQLException {
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
        // Position and object name of a listed row only where Access lets this caller see them.
        SqlFragment coords = Access.coordinatesVisible(caller, "o");
        String sql = "select f.name, o.object, o.ra, o.dec, o.ut_start, o.exposure_time, o.em_min, o.em_max,"
                + " o.instrument, o.program_id, v.file_size, (" + coords.sql() + ")"
                + " from observation o join file f on f.observation_id = o.id and f.product_type = 'SCIENCE'"
                + " join file_version v on v.file_id = f.id and v.canonical"
                + " where " + where.sql() + " order by o.ut_start, f.name limit ?";
        int n = 0;
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            int next = where.bind(s, coords.bind(s, 1));
            s.setLong(next, q.maxrec() + 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (++n > q.maxrec()) {
                        return true;
                    }
                    String dpId = EsoIds.ofFileName(r.getString(1));
                    boolean coordsVisible = r.getBoolean(12);
                    String object = coordsVisible ? r.getString(2) : null;
                    Timestamp start = r.getTimestamp(5);
                    out.append("<TR>");
                    td(out, dpId);
                    td(out, r.getString(9) + (object == null ? " spectrum" : " spectrum of " + object));
                    td(out, base + "/dataportal_new/file/" + dpId.replace(" ", "%20"));
                    td(out, "application/fits");
                    td(out, r.getLong(11));
                    td(out, object);
                    td(
                            out,
                            !coordsVisible || r.getObject(3) == null
                                    ? null
                                    : num(r.getDouble(3)) + " " + num(r.getDouble(4)));
                    td(out, start == null ? null : start.toInstant().toString());
                    td(out, start == null ? null : num(start.getTime() / 86_400_000.0 + 40587.0));
                    td(out, r.getObject(6) == null ? null : num(r.getDouble(6)));
                    td(out, r.getObject(7) == null ? null : num(r.getDouble(7)));
                    td(out, r.getObject(8) == null ? null : num(r.getDouble(8)));
                    td(out, r.getString(9));
                    td(out, "ESO");
                    td(out, r.getString(10));
                    out.append("</TR>\n");
                }
            }
        }
        return false;
    }

    private static void td(StringBuilder out, Object value) {
        String text = value == null ? "" : value.toString();
        out.append(text.isEmpty() ? "<TD/>" : "<TD>" + VOSerializer.formatText(text) + "</TD>");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.12g", v);
    }
}
