// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.vosi;

import java.time.Instant;
import javax.xml.stream.XMLStreamWriter;

/** VOSI 1.1 /availability: whether the service can answer now, and since when it is up. */
public final class AvailabilityDocument {

    private AvailabilityDocument() {}

    public static String render(boolean available, Instant upSince, String note) {
        return Xml.document(xml -> {
            XMLStreamWriter w = xml.writer();
            String ns = "http://www.ivoa.net/xml/VOSIAvailability/v1.0";
            w.writeStartElement("vosi", "availability", ns);
            w.writeNamespace("vosi", ns);
            w.writeStartElement("vosi", "available", ns);
            w.writeCharacters(Boolean.toString(available));
            w.writeEndElement();
            w.writeStartElement("vosi", "upSince", ns);
            w.writeCharacters(upSince.toString());
            w.writeEndElement();
            if (note != null) {
                w.writeStartElement("vosi", "note", ns);
                w.writeCharacters(note);
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }
}
