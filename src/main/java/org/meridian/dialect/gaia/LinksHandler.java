// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.io.output.CountingOutputStream;
import org.apache.commons.io.output.NullOutputStream;
import org.meridian.core.auth.Caller;
import org.meridian.vo.dali.DaliParams;
import org.meridian.vo.dali.VoTableDocuments;
import org.meridian.web.RequestUrls;
import org.meridian.web.auth.CallerResolver;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowListStarTable;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOSerializer;
import uk.ac.starlink.votable.VOTableVersion;

/**
 * {@code /data-server/datalink/links}: a DataLink {links} table (as the seed's example) with one row
 * per product a source has, its {@code /data-server/data} URL, semantics {@code #this}, content type
 * and the exact length of that default (binary VOTable) file; a source without products gets one row
 * with a {@code NotFoundFault} error message, as DataLink 1.0 answers an ID it cannot resolve.
 */
record LinksHandler(Products products, CallerResolver callers) {

    /** Each link's length is measured by writing its file, so a batch is bounded. */
    static final int MAX_IDS = 1000;

    private static final String STANDARD_ID = "ivo://ivoa.net/std/DataLink#links-1.0";

    void handle(Context ctx) throws Exception {
        DaliParams params = DaliParams.of(ctx, DataServerException::new);
        Caller caller = callers.of(ctx);
        SourceSelection selection = products.resolve(IdParser.parse(params.all("ID"), params.first("RELEASE")), caller);
        Release release = selection.release();
        RowListStarTable table = new RowListStarTable(columns());
        try (Connection c = products.db().connection()) {
            c.setAutoCommit(false);
            long[] ids = ids(c, selection);
            if (ids.length > MAX_IDS) {
                throw DataServerException.badRequest(
                        "at most " + MAX_IDS + " IDs per DataLink request; " + ids.length + " were asked for");
            }
            Where where = Products.where(new SourceSelection.Listed(release, ids));
            Map<RetrievalType, Map<Long, Long>> lengths = new EnumMap<>(RetrievalType.class);
            for (RetrievalType type : RetrievalType.values()) {
                Optional<ProductColumns> columns = products.columns(c, release, type);
                if (columns.isPresent()) {
                    lengths.put(type, lengths(c, columns.get(), type, release, where));
                }
            }
            c.commit();
            String base = RequestUrls.base(ctx) + "/data-server/data?ID=";
            for (long id : ids) {
                String designation = release.designation(id);
                boolean any = false;
                for (Map.Entry<RetrievalType, Map<Long, Long>> e : lengths.entrySet()) {
                    Long length = e.getValue().get(id);
                    if (length == null) {
                        continue;
                    }
                    any = true;
                    table.addRow(new Object[] {
                        designation,
                        base + URLEncoder.encode(designation, StandardCharsets.UTF_8) + "&RETRIEVAL_TYPE="
                                + e.getKey().name(),
                        null,
                        null,
                        "#this",
                        e.getKey().description() + ", source " + designation,
                        "application/x-votable+xml",
                        length
                    });
                }
                if (!any) {
                    table.addRow(new Object[] {
                        designation,
                        null,
                        null,
                        "NotFoundFault: no DataLink products for " + designation,
                        "#this",
                        null,
                        null,
                        null
                    });
                }
            }
        }
        ctx.contentType(VoTableDocuments.MIME);
        write(table, caller, ctx.outputStream());
    }

    /** The ids of a list as given; of a range, the release's sources in it. */
    private static long[] ids(Connection c, SourceSelection selection) throws SQLException {
        if (selection instanceof SourceSelection.Listed listed) {
            return listed.ids();
        }
        SourceSelection.Range range = (SourceSelection.Range) selection;
        List<Long> found = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement("select source_id from " + range.release().schema()
                        + ".gaia_source where source_id between ? and ? order by source_id limit " + (MAX_IDS + 1))) {
            s.setLong(1, range.from());
            s.setLong(2, range.to());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getLong(1));
                }
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) { // the release has no source table
                c.rollback();
                return new long[0];
            }
            throw e;
        }
        return found.stream().mapToLong(Long::longValue).toArray();
    }

    /** Each source's default product file length, measured by writing it to a counter. */
    private static Map<Long, Long> lengths(
            Connection c, ProductColumns columns, RetrievalType type, Release release, Where where)
            throws SQLException, IOException {
        Map<Long, Long> lengths = new HashMap<>();
        try (ProductCursor cursor = ProductCursor.open(c, columns, type, where, false)) {
            while (cursor.hasRow()) {
                long source = cursor.sourceId();
                CountingOutputStream counter = new CountingOutputStream(NullOutputStream.INSTANCE);
                String name = DataHandler.individualName(type, release, source, ProductFormat.VOTABLE);
                ProductFormat.VOTABLE.write(SourceRows.nextSource(cursor, columns, name), counter);
                lengths.put(source, counter.getByteCount());
            }
        }
        return lengths;
    }

    private static ColumnInfo[] columns() {
        return new ColumnInfo[] {
            column("ID", String.class, "meta.id;meta.main", null),
            column("access_url", String.class, "meta.ref.url", null),
            column("service_def", String.class, "meta.ref", null),
            column("error_message", String.class, "meta.code.error", null),
            column("semantics", String.class, "meta.code", null),
            column("description", String.class, "meta.note", null),
            column("content_type", String.class, "meta.code.mime", null),
            column("content_length", Long.class, "phys.size;meta.file", "byte")
        };
    }

    private static ColumnInfo column(String name, Class<?> type, String ucd, String unit) {
        ColumnInfo info = new ColumnInfo(name, type, null);
        info.setUCD(ucd);
        if (unit != null) {
            info.setUnitString(unit);
        }
        return info;
    }

    private static void write(RowListStarTable table, Caller caller, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        VoTableDocuments.open(w);
        w.write("<RESOURCE type=\"results\">\n");
        w.write("<INFO name=\"standardID\" value=\"" + STANDARD_ID + "\"/>\n");
        w.write("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n");
        if (!caller.isAnonymous()) {
            w.write("<INFO name=\"JOBNAME\" value=\"\">"
                    + VOSerializer.formatText("Datalink job for user " + caller.username()) + "</INFO>\n");
        }
        VOSerializer.makeSerializer(DataFormat.TABLEDATA, VOTableVersion.V14, table)
                .writeInlineTableElement(w);
        w.write("</RESOURCE>\n");
        VoTableDocuments.close(w);
        w.flush();
    }
}
