// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.meridian.dialect.tap.schema.TapColumn;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.dialect.tap.vosi.TablesDocument;
import org.meridian.vo.vosi.Xml;

/**
 * The tableset as Gaia's TAP+ serves it: VODataService with {@code esatapplus:} attributes (schema
 * {@code public}, table {@code size} and {@code flags}, column {@code flags}). TapPlus reads
 * {@code esatapplus:flags} on every column and fails without it, so it is always written (0 when
 * none); the standard {@code /tap/tables} keeps the plain document taplint validates.
 */
final class GaiaTablesDocument {

    static final String ESATAPPLUS = "http://esa.int/xml/EsaTapPlus";
    private static final String VOD = "http://www.ivoa.net/xml/VODataService/v1.1";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GaiaTablesDocument() {}

    /**
     * @param ownSchema the caller's user schema (published as not public), or null
     * @param userFlags the flags user tables' columns were given, by {@code schema.table.column}
     */
    static String render(
            List<TapTable> tables,
            boolean columns,
            boolean onlySchemas,
            String ownSchema,
            Map<String, Integer> userFlags) {
        Map<String, List<TapTable>> bySchema = new LinkedHashMap<>();
        for (TapTable t : tables) {
            bySchema.computeIfAbsent(t.schema(), k -> new java.util.ArrayList<>())
                    .add(t);
        }
        return Xml.document(xml -> {
            XMLStreamWriter w = xml.writer();
            w.writeStartElement("vod", "tableset", VOD);
            w.writeNamespace("vod", VOD);
            w.writeNamespace("xsi", XSI);
            w.writeNamespace("esatapplus", ESATAPPLUS);
            w.writeAttribute(XSI, "type", "vod:TableSet");
            for (var entry : bySchema.entrySet()) {
                w.writeStartElement("schema");
                w.writeAttribute(
                        "esatapplus",
                        ESATAPPLUS,
                        "public",
                        String.valueOf(!entry.getKey().equals(ownSchema)));
                xml.element("name", entry.getKey());
                if (!onlySchemas) {
                    for (TapTable t : entry.getValue()) {
                        table(w, xml, t, columns, userFlags);
                    }
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private static void table(XMLStreamWriter w, Xml xml, TapTable t, boolean columns, Map<String, Integer> userFlags)
            throws XMLStreamException {
        w.writeStartElement("table");
        w.writeAttribute("type", t.type().equals("view") ? "view" : "base_table");
        w.writeAttribute("esatapplus", ESATAPPLUS, "flags", "0");
        xml.element("name", t.name());
        xml.element("description", t.description());
        xml.element("utype", t.utype());
        if (columns) {
            for (TapColumn c : t.columns()) {
                Integer given = userFlags.get(t.name() + "." + c.name());
                column(w, xml, c, given != null ? given : flags(c));
            }
        }
        w.writeEndElement();
    }

    private static void column(XMLStreamWriter w, Xml xml, TapColumn c, int flags) throws XMLStreamException {
        w.writeStartElement("column");
        w.writeAttribute("std", String.valueOf(c.std()));
        w.writeAttribute("esatapplus", ESATAPPLUS, "flags", String.valueOf(flags));
        TablesDocument.columnMetadata(w, xml, c, "vod");
        w.writeEndElement();
    }

    /**
     * Gaia's column flags of a published column: 1 Ra, 2 Dec, 4 Flux, 8 Mag, 16 PK, read from its
     * UCD (user tables' columns carry the flags TableTool gave them).
     */
    static int flags(TapColumn c) {
        String ucd = c.ucd() == null ? "" : c.ucd();
        if (ucd.startsWith("pos.eq.ra") && ucd.contains("meta.main")) return UserTableEditor.RA;
        if (ucd.startsWith("pos.eq.dec") && ucd.contains("meta.main")) return UserTableEditor.DEC;
        if (ucd.startsWith("phot.flux")) return UserTableEditor.FLUX;
        if (ucd.startsWith("phot.mag")) return UserTableEditor.MAG;
        if (ucd.startsWith("meta.id") && ucd.contains("meta.main")) return UserTableEditor.PK;
        return 0;
    }
}
