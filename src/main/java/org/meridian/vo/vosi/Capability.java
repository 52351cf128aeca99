// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.vosi;

import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * One capability a service declares into its VOSI /capabilities (docs/design.md, "features are
 * values"): TAP's TableAccess, a DataLink or SODA interface, or a plain VOSI endpoint.
 */
public interface Capability {

    /** Namespaces (prefix to URI) its xsi:types use beyond vosi, xsi, vr and vs, declared on the root. */
    default Map<String, String> namespaces() {
        return Map.of();
    }

    /** Writes its {@code capability} element; {@code base} is the service's URL as the client reached it. */
    void write(Xml xml, String base) throws XMLStreamException;

    /** A capability with one ParamHTTP interface at {@code base + path} (the VOSI endpoints, DALI examples). */
    static Capability at(String standardId, String path) {
        return new Endpoint(standardId, path);
    }

    /** The VOSI capabilities, availability and tables endpoints at their usual paths. */
    static List<Capability> vosi(boolean withTables) {
        Capability capabilities = at("ivo://ivoa.net/std/VOSI#capabilities", "/capabilities");
        Capability availability = at("ivo://ivoa.net/std/VOSI#availability", "/availability");
        return withTables
                ? List.of(capabilities, availability, at("ivo://ivoa.net/std/VOSI#tables-1.1", "/tables"))
                : List.of(capabilities, availability);
    }

    /** A plain endpoint: its accessURL is its full URL. */
    record Endpoint(String standardId, String path) implements Capability {

        @Override
        public void write(Xml xml, String base) throws XMLStreamException {
            var w = xml.writer();
            w.writeStartElement("capability");
            w.writeAttribute("standardID", standardId);
            w.writeStartElement("interface");
            w.writeAttribute(CapabilitiesDocument.XSI, "type", "vs:ParamHTTP");
            w.writeStartElement("accessURL");
            w.writeAttribute("use", "full");
            w.writeCharacters(base + path);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
    }
}
