// SPDX-License-Identifier: Apache-2.0
package org.meridian.xml;

import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The only place the project makes XML parsers (an architecture rule holds every other class to it):
 * parsers that read documents from strangers. A DOCTYPE is refused outright, so no entity, internal
 * or external, general or parameter, and no external DTD is ever declared, fetched or expanded
 * (XXE, billion laughs, quadratic blowup); external entities, external DTDs and XInclude are off as
 * well, and the JDK's secure-processing limits bound whatever is left. VOTables have needed no
 * DOCTYPE since version 1.1 (schemas replaced the DTD), so real tables lose nothing.
 */
public final class SafeXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    /** Any entity the parser still wants resolved is refused, never fetched. */
    private static final EntityResolver REFUSE = (publicId, systemId) -> {
        throw new SAXException("external entities are not accepted");
    };

    /** Errors end the parse, and nothing is printed to stderr (the JDK's default for DOM builders). */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** The features every factory gets, in this order: secure processing, no DOCTYPE, no external entities or DTDs. */
    private static final List<Map.Entry<String, Boolean>> GUARDS = List.of(
            Map.entry(XMLConstants.FEATURE_SECURE_PROCESSING, true),
            Map.entry(DISALLOW_DOCTYPE, true),
            Map.entry(EXTERNAL_GENERAL, false),
            Map.entry(EXTERNAL_PARAMETER, false),
            Map.entry(LOAD_EXTERNAL_DTD, false));

    /** SAX and DOM factories share no interface for their features; each passes its own setter. */
    @FunctionalInterface
    private interface FeatureSetter {
        void set(String feature, boolean value) throws ParserConfigurationException, SAXException;
    }

    private SafeXml() {}

    private static void guard(FeatureSetter factory) throws ParserConfigurationException, SAXException {
        for (Map.Entry<String, Boolean> g : GUARDS) {
            factory.set(g.getKey(), g.getValue());
        }
    }

    /**
     * A SAX parser factory with every guard on; callers may still choose namespace awareness (STIL's
     * VOTable reading does) before handing it to {@link #xmlReader(SAXParserFactory)}.
     */
    public static SAXParserFactory saxParserFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setNamespaceAware(true);
        try {
            guard(factory::setFeature);
        } catch (ParserConfigurationException | SAXException e) {
            throw unsupported(e);
        }
        return factory;
    }

    /** A namespace-aware reader with every guard on. */
    public static XMLReader xmlReader() {
        return xmlReader(saxParserFactory());
    }

    /** A reader from a factory made by {@link #saxParserFactory()}, refusing external access too. */
    public static XMLReader xmlReader(SAXParserFactory factory) {
        try {
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setEntityResolver(REFUSE);
            reader.setErrorHandler(STRICT);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw unsupported(e);
        }
    }

    /** A namespace-aware DOM builder with every guard on. */
    public static DocumentBuilder documentBuilder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        try {
            guard(factory::setFeature);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver(REFUSE);
            builder.setErrorHandler(STRICT);
            return builder;
        } catch (ParserConfigurationException | SAXException e) { // guard's signature covers SAX too
            throw unsupported(e);
        }
    }

    /** The JDK's parser knows every feature above; another parser on the class path might not. */
    private static IllegalStateException unsupported(Exception e) {
        return new IllegalStateException("the XML parser cannot be made safe: " + e.getMessage(), e);
    }
}
