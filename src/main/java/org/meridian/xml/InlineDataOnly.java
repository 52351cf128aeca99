// SPDX-License-Identifier: Apache-2.0
package org.meridian.xml;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Refuses a VOTable {@code <STREAM href="...">}: STIL would read a BINARY, BINARY2 or FITS table's
 * bytes from that URL, {@code file:///etc/passwd} or an internal http address alike, and hand them
 * back as rows. Tables from strangers carry their data inline.
 */
final class InlineDataOnly extends XMLFilterImpl {

    private Locator locator;

    InlineDataOnly(XMLReader parent) {
        super(parent);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        // Namespace-aware or not (STIL's lax policy reads prefixed names), the element is STREAM.
        String name = localName == null || localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
        if (name.equals("STREAM") && atts.getValue("href") != null) {
            throw new SAXParseException(
                    "a STREAM href (table data outside the VOTable) is not accepted; send the data inline", locator);
        }
        super.startElement(uri, localName, qName, atts);
    }
}
