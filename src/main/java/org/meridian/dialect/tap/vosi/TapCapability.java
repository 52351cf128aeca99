// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.vosi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.meridian.core.uws.JobLimits;
import org.meridian.dialect.tap.query.TapLimits;
import org.meridian.vo.output.ResultFormat;
import org.meridian.vo.vosi.CapabilitiesDocument;
import org.meridian.vo.vosi.Capability;
import org.meridian.vo.vosi.Xml;

/** The TAPRegExt 1.0 TableAccess capability, built from {@link TapFeatures} and the limits. */
public record TapCapability(TapLimits limits) implements Capability {

    private static final String XSI = CapabilitiesDocument.XSI;

    /** How long async jobs live and may run: what the job store grants is what is declared. */
    private static final JobLimits JOBS = JobLimits.DEFAULT;

    /** Everything /tap/capabilities declares, in its order. */
    public static List<Capability> all(TapLimits limits) {
        List<Capability> all = new ArrayList<>();
        all.add(new TapCapability(limits));
        all.addAll(Capability.vosi(true));
        all.add(Capability.at("ivo://ivoa.net/std/DALI#examples", "/examples"));
        return List.copyOf(all);
    }

    @Override
    public Map<String, String> namespaces() {
        return Map.of("tr", "http://www.ivoa.net/xml/TAPRegExt/v1.0");
    }

    @Override
    public void write(Xml xml, String base) throws XMLStreamException {
        tap(xml.writer(), xml, base, limits);
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
        for (String method : TapFeatures.SECURITY_METHODS) {
            w.writeEmptyElement("securityMethod");
            if (method != null) {
                w.writeAttribute("standardID", method);
            }
        }
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
        limit(
                w,
                "retentionPeriod",
                null,
                JOBS.defaultLifetime().toSeconds(),
                JOBS.maxLifetime().toSeconds());
        limit(
                w,
                "executionDuration",
                null,
                JOBS.defaultExecution().toSeconds(),
                JOBS.maxExecution().toSeconds());
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
}
