// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Streams a Mashup {@code format=json} answer straight from a JDBC cursor: {@code status},
 * {@code msg}, {@code fields}, {@code data} and, last (it counts the rows as they go), {@code paging}.
 */
public final class MashupWriter {

    private static final JsonFactory JSON = new JsonFactory();

    /** Counts the matching rows when the page itself holds none (a page past the end). */
    @FunctionalInterface
    public interface RowCounter {
        long count() throws SQLException;
    }

    private MashupWriter() {}

    /**
     * Writes the page. The result set holds the columns in order, then the total matching row count
     * ({@code count(*) over ()}) as its last column.
     */
    public static void write(
            OutputStream out, List<MashupColumn> columns, ResultSet rows, MashupRequest request, RowCounter counter)
            throws IOException, SQLException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            start(g, columns);
            long n = 0;
            long total = -1;
            while (rows.next()) {
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    MashupColumn c = columns.get(i);
                    g.writeFieldName(c.name());
                    value(g, c.type(), rows, i + 1);
                }
                g.writeEndObject();
                if (n++ == 0) {
                    total = rows.getLong(columns.size() + 1);
                }
            }
            g.writeEndArray();
            paging(g, request, n, total >= 0 ? total : (request.page() == 1 ? 0 : counter.count()));
            g.writeEndObject();
        }
    }

    /** A one-row answer, e.g. the count of COUNT_BIG(*) queries. */
    public static void writeCount(OutputStream out, long count) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            start(g, List.of(new MashupColumn("Column1", MashupColumn.Type.INT, "", "", "int", null, null, "")));
            g.writeStartObject();
            g.writeNumberField("Column1", count);
            g.writeEndObject();
            g.writeEndArray();
            paging(g, new MashupRequest("", null, "json", MashupRequest.DEFAULT_PAGE_SIZE, 1), 1, 1);
            g.writeEndObject();
        }
    }

    private static void start(JsonGenerator g, List<MashupColumn> columns) throws IOException {
        g.writeStartObject();
        g.writeStringField("status", "COMPLETE");
        g.writeStringField("msg", "");
        g.writeArrayFieldStart("fields");
        for (MashupColumn c : columns) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("type", c.type().wire);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("data");
    }

    private static void paging(JsonGenerator g, MashupRequest request, long rows, long total) throws IOException {
        g.writeObjectFieldStart("paging");
        g.writeNumberField("page", request.page());
        g.writeNumberField("pageSize", request.pageSize());
        // astroquery keeps asking for the next page while page < pagesFiltered.
        g.writeNumberField("pagesFiltered", Math.max(1, (total + request.pageSize() - 1) / request.pageSize()));
        g.writeNumberField("rows", rows);
        g.writeNumberField("rowsFiltered", total);
        g.writeNumberField("rowsTotal", total);
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, MashupColumn.Type type, ResultSet r, int i)
            throws IOException, SQLException {
        switch (type) {
            case STRING -> {
                String s = r.getString(i);
                if (s == null) {
                    g.writeNull();
                } else {
                    g.writeString(s);
                }
            }
            case FLOAT -> {
                double d = r.getDouble(i);
                if (r.wasNull() || !Double.isFinite(d)) {
                    g.writeNull();
                } else {
                    g.writeNumber(d);
                }
            }
            case INT, LONG -> {
                long l = r.getLong(i);
                if (r.wasNull()) {
                    g.writeNull();
                } else {
                    g.writeNumber(l);
                }
            }
            case BOOLEAN -> {
                boolean b = r.getBoolean(i);
                if (r.wasNull()) {
                    g.writeNull();
                } else {
                    g.writeBoolean(b);
                }
            }
        }
    }
}
