// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.vosi;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Small helpers over the JDK's StAX writer for the VOSI documents of every service. */
public final class Xml implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter w;

    public Xml() {
        try {
            w = FACTORY.createXMLStreamWriter(text);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public XMLStreamWriter writer() {
        return w;
    }

    /** An element with text content, skipped when the text is null. */
    public void element(String name, String content) throws XMLStreamException {
        if (content == null) {
            return;
        }
        w.writeStartElement(name);
        w.writeCharacters(content);
        w.writeEndElement();
    }

    /** What writes the content of a document, between its declaration and its end. */
    @FunctionalInterface
    public interface Content {
        void write(Xml xml) throws XMLStreamException;
    }

    /**
     * A whole document as text: the XML declaration, what {@code content} writes, the end. Writing to
     * a string cannot fail for I/O, so a StAX error here is a bug and is thrown unchecked.
     */
    public static String document(Content content) {
        try (Xml xml = new Xml()) {
            content.write(xml);
            return xml.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public String finish() throws XMLStreamException {
        w.writeEndDocument();
        w.flush();
        return text.toString();
    }

    @Override
    public void close() throws XMLStreamException {
        w.close();
    }
}
