// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.vosi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamWriter;

/** VOSI 1.1 /capabilities: the envelope, with the service's declared capabilities in their order. */
public final class CapabilitiesDocument {

    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String VOSI = "http://www.ivoa.net/xml/VOSICapabilities/v1.0";

    private CapabilitiesDocument() {}

    public static String render(String base, List<Capability> capabilities) {
        Map<String, String> namespaces = new LinkedHashMap<>();
        namespaces.put("xsi", XSI);
        namespaces.put("vr", "http://www.ivoa.net/xml/VOResource/v1.0");
        namespaces.put("vs", "http://www.ivoa.net/xml/VODataService/v1.1");
        capabilities.forEach(c -> c.namespaces().forEach(namespaces::putIfAbsent));
        return Xml.document(xml -> {
            XMLStreamWriter w = xml.writer();
            w.writeStartElement("vosi", "capabilities", VOSI);
            w.writeNamespace("vosi", VOSI);
            for (Map.Entry<String, String> ns : namespaces.entrySet()) {
                w.writeNamespace(ns.getKey(), ns.getValue());
            }
            for (Capability capability : capabilities) {
                capability.write(xml, base);
            }
            w.writeEndElement();
        });
    }
}
