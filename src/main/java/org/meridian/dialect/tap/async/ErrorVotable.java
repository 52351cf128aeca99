// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The DALI/TAP error document: a VOTable whose results resource carries QUERY_STATUS=ERROR. */
final class ErrorVotable {

    static final String CONTENT_TYPE = "application/x-votable+xml";
    private static final String VOTABLE = "http://www.ivoa.net/xml/VOTable/v1.3";

    private ErrorVotable() {}

    static String of(String message) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("VOTABLE");
            w.writeDefaultNamespace(VOTABLE);
            w.writeAttribute("version", "1.4");
            w.writeStartElement("RESOURCE");
            w.writeAttribute("type", "results");
            w.writeStartElement("INFO");
            w.writeAttribute("name", "QUERY_STATUS");
            w.writeAttribute("value", "ERROR");
            w.writeCharacters(message);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an error VOTable", e);
        }
        return out.append('\n').toString();
    }
}
