// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowSequence;

/**
 * JSON in the shape the Gaia archive serves ({@code {"metadata":[...],"data":[[...],...]}}), plus
 * {@code "status"} (OK or OVERFLOW) after the data, streamed with Jackson's generator.
 */
final class JsonWriter implements ResultWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(QueryResult table, String query, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("metadata");
            for (int i = 0; i < table.getColumnCount(); i++) {
                ColumnInfo c = table.getColumnInfo(i);
                g.writeStartObject();
                g.writeStringField("name", c.getName());
                g.writeStringField("datatype", datatype(c));
                if (c.getXtype() != null) g.writeStringField("xtype", c.getXtype());
                if (c.getUnitString() != null) g.writeStringField("unit", c.getUnitString());
                if (c.getUCD() != null) g.writeStringField("ucd", c.getUCD());
                if (c.getDescription() != null) g.writeStringField("description", c.getDescription());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("data");
            try (RowSequence rows = table.getRowSequence()) {
                while (rows.next()) {
                    g.writeStartArray();
                    for (int i = 0; i < table.getColumnCount(); i++) {
                        cell(g, rows.getCell(i));
                    }
                    g.writeEndArray();
                }
            }
            g.writeEndArray();
            g.writeStringField("status", table.overflowed() ? "OVERFLOW" : "OK");
            g.writeEndObject();
        }
    }

    private static String datatype(ColumnInfo c) {
        Class<?> type = c.getContentClass();
        if (type == Boolean.class) return "boolean";
        if (type == Short.class) return "short";
        if (type == Integer.class) return "int";
        if (type == Long.class) return "long";
        if (type == Float.class) return "float";
        if (type == Double.class || type == double[].class) return "double";
        if (type == long[].class) return "long";
        return "char";
    }

    private static void cell(JsonGenerator g, Object value) throws IOException {
        switch (value) {
            case null -> g.writeNull();
            case Boolean b -> g.writeBoolean(b);
            case Short s -> g.writeNumber(s);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Float f when f.isNaN() || f.isInfinite() -> g.writeNull();
            case Float f -> g.writeNumber(f);
            case Double d when d.isNaN() || d.isInfinite() -> g.writeNull();
            case Double d -> g.writeNumber(d);
            case double[] a -> g.writeArray(a, 0, a.length);
            case long[] a -> g.writeArray(a, 0, a.length);
            default -> g.writeString(value.toString());
        }
    }
}
