// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.vosi;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.meridian.dialect.tap.schema.TableSet;
import org.meridian.dialect.tap.schema.TapColumn;
import org.meridian.dialect.tap.schema.TapSchemaKeys;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.vo.vosi.Xml;

/**
 * VOSI 1.1 /tables: the tableset (VODataService 1.1), with columns unless {@code detail=min}, and
 * one table's description for /tables/{name}.
 */
public final class TablesDocument {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String VOSI = "http://www.ivoa.net/xml/VOSITables/v1.0";
    private static final String VS = "http://www.ivoa.net/xml/VODataService/v1.1";

    private TablesDocument() {}

    public static String tableset(TableSet tables, boolean withColumns) {
        return Xml.document(xml -> {
            XMLStreamWriter w = xml.writer();
            w.writeStartElement("vosi", "tableset", VOSI);
            namespaces(w);
            for (String schema : tables.schemas()) {
                w.writeStartElement("schema");
                xml.element("name", schema);
                List<TapTable> inSchema = tables.all().stream()
                        .filter(t -> t.schema().equals(schema))
                        .toList();
                for (TapTable t : inSchema) {
                    w.writeStartElement("table");
                    body(w, xml, t, withColumns);
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    public static String table(TapTable table) {
        return Xml.document(xml -> {
            XMLStreamWriter w = xml.writer();
            w.writeStartElement("vosi", "table", VOSI);
            namespaces(w);
            body(w, xml, table, true);
            w.writeEndElement();
        });
    }

    private static void namespaces(XMLStreamWriter w) throws XMLStreamException {
        w.writeNamespace("vosi", VOSI);
        w.writeNamespace("vs", VS);
        w.writeNamespace("xsi", XSI);
    }

    private static void body(XMLStreamWriter w, Xml xml, TapTable t, boolean withColumns) throws XMLStreamException {
        w.writeAttribute("type", t.type().equals("view") ? "view" : "table");
        xml.element("name", t.name());
        xml.element("description", t.description());
        xml.element("utype", t.utype());
        if (!withColumns) {
            return;
        }
        for (TapColumn c : t.columns()) {
            w.writeStartElement("column");
            if (c.std()) {
                w.writeAttribute("std", "true");
            }
            columnMetadata(w, xml, c, "vs");
            if (c.std()) {
                xml.element("flag", "std");
            }
            w.writeEndElement();
        }
        for (TapSchemaKeys.ForeignKey key : TapSchemaKeys.from(t.name())) {
            w.writeStartElement("foreignKey");
            xml.element("targetTable", key.targetTable());
            w.writeStartElement("fkColumn");
            xml.element("fromColumn", key.fromColumn());
            xml.element("targetColumn", key.targetColumn());
            w.writeEndElement();
            w.writeEndElement();
        }
    }

    /**
     * A column's VODataService metadata (name to the indexed/principal flags), inside a {@code column}
     * element its caller opened: the same for VOSI {@code /tables} and Gaia's tableset, which differ only
     * in attributes and the namespace prefix of the {@code VOTableType}.
     */
    public static void columnMetadata(XMLStreamWriter w, Xml xml, TapColumn c, String vodPrefix)
            throws XMLStreamException {
        xml.element("name", c.name());
        xml.element("description", c.description());
        xml.element("unit", c.unit());
        xml.element("ucd", c.ucd());
        xml.element("utype", c.utype());
        w.writeStartElement("dataType");
        w.writeAttribute(XSI, "type", vodPrefix + ":VOTableType");
        if (c.arraysize() != null) {
            w.writeAttribute("arraysize", c.arraysize());
        }
        if (c.xtype() != null) {
            w.writeAttribute("extendedType", c.xtype());
        }
        w.writeCharacters(c.datatype());
        w.writeEndElement();
        if (c.indexed()) {
            xml.element("flag", "indexed");
        }
        if (c.principal()) {
            xml.element("flag", "principal");
        }
    }
}
