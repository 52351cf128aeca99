// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.vosi;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.meridian.dialect.tap.output.ResultFormat;
import org.meridian.dialect.tap.query.TapLimits;

/** VOSI /capabilities with the TAPRegExt 1.0 TableAccess capability, built from {@link TapFeatures}. */
public final class CapabilitiesDocument {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** How long async results are kept, declared as retentionPeriod (seconds). */
    public static final long RETENTION_SECONDS = 7 * 24 * 3600;

    /** Async execution duration limit (seconds). */
    public static final long EXECUTION_SECONDS = 3600;

    private CapabilitiesDocument() {}

    public static String render(String base, TapLimits limits) {
        try (Xml xml = new Xml()) {
            XMLStreamWriter w = xml.w;
            w.writeStartElement("vosi", "capabilities", "http://www.ivoa.net/xml/VOSICapabilities/v1.0");
            w.writeNamespace("vosi", "http://www.ivoa.net/xml/VOSICapabilities/v1.0");
            w.writeNamespace("xsi", XSI);
            w.writeNamespace("vr", "http://www.ivoa.net/xml/VOResource/v1.0");
            w.writeNamespace("vs", "http://www.ivoa.net/xml/VODataService/v1.1");
            w.writeNamespace("tr", "http://www.ivoa.net/xml/TAPRegExt/v1.0");
            tap(w, xml, base, limits);
            simple(w, "ivo://ivoa.net/std/VOSI#capabilities", base + "/capabilities");
            simple(w, "ivo://ivoa.net/std/VOSI#availability", base + "/availability");
            simple(w, "ivo://ivoa.net/std/VOSI#tables-1.1", base + "/tables");
            simple(w, "ivo://ivoa.net/std/DALI#examples", base + "/examples");
            w.writeEndElement();
            return xml.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void tap(XMLStreamWriter w, Xml xml, String base, TapLimits limits) throws XMLStreamException {
        w.writeStartElement("capability");
        w.writeAttribute("standardID", "ivo://ivoa.net/std/TAP");
        w.writeAttribute(XSI, "type", "tr:TableAccess");
        w.writeStartElement("interface");
        w.writeAttribute(XSI, "type", "vs:ParamHTTP");
        w.writeAttribute("role", "std");
        w.writeAttribute("version", "1.1");
        w.writeStartElement("accessURL");
        w.writeAttribute("use", "base");
        w.writeCharacters(base);
        w.writeEndElement();
        w.writeEndElement();
        for (String[] model : TapFeatures.DATA_MODELS) {
            w.writeStartElement("dataModel");
            w.writeAttribute("ivo-id", model[1]);
            w.writeCharacters(model[0]);
            w.writeEndElement();
        }
        language(w, xml);
        for (ResultFormat f : ResultFormat.ALL) {
            w.writeStartElement("outputFormat");
            String id = TapFeatures.outputFormatId(f.id());
            if (id != null) {
                w.writeAttribute("ivo-id", id);
            }
            xml.element("mime", f.mime());
            for (String alias : f.aliases()) {
                if (!alias.contains("/")) {
                    xml.element("alias", alias);
                }
            }
            w.writeEndElement();
        }
        for (String method : TapFeatures.UPLOAD_METHODS) {
            w.writeEmptyElement("uploadMethod");
            w.writeAttribute("ivo-id", method);
        }
        limit(w, "retentionPeriod", null, RETENTION_SECONDS, RETENTION_SECONDS);
        limit(w, "executionDuration", null, limits.syncTimeout().toSeconds(), EXECUTION_SECONDS);
        limit(w, "outputLimit", "row", limits.defaultMaxrec(), limits.hardMaxrec());
        limit(w, "uploadLimit", "byte", limits.uploadMaxBytes(), limits.uploadMaxBytes());
        w.writeEndElement();
    }

    private static void language(XMLStreamWriter w, Xml xml) throws XMLStreamException {
        w.writeStartElement("language");
        xml.element("name", "ADQL");
        for (String[] version : TapFeatures.ADQL_VERSIONS) {
            w.writeStartElement("version");
            w.writeAttribute("ivo-id", version[1]);
            w.writeCharacters(version[0]);
            w.writeEndElement();
        }
        xml.element("description", "ADQL 2.1 (2.0 queries are accepted too), translated to PostgreSQL");
        for (TapFeatures.FeatureGroup group : TapFeatures.ADQL) {
            w.writeStartElement("languageFeatures");
            w.writeAttribute("type", group.type());
            for (TapFeatures.Feature f : group.features()) {
                w.writeStartElement("feature");
                xml.element("form", f.form());
                xml.element("description", f.description());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void limit(XMLStreamWriter w, String name, String unit, long def, long hard)
            throws XMLStreamException {
        w.writeStartElement(name);
        for (String[] part : new String[][] {{"default", Long.toString(def)}, {"hard", Long.toString(hard)}}) {
            w.writeStartElement(part[0]);
            if (unit != null) {
                w.writeAttribute("unit", unit);
            }
            w.writeCharacters(part[1]);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void simple(XMLStreamWriter w, String standardId, String url) throws XMLStreamException {
        w.writeStartElement("capability");
        w.writeAttribute("standardID", standardId);
        w.writeStartElement("interface");
        w.writeAttribute(XSI, "type", "vs:ParamHTTP");
        w.writeStartElement("accessURL");
        w.writeAttribute("use", "full");
        w.writeCharacters(url);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
}
