// SPDX-License-Identifier: Apache-2.0
package org.meridian.xml;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import uk.ac.starlink.table.RowStore;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.table.TableFormatException;
import uk.ac.starlink.table.TableSink;
import uk.ac.starlink.votable.Namespacing;
import uk.ac.starlink.votable.TableContentHandler;
import uk.ac.starlink.votable.TableHandler;
import uk.ac.starlink.votable.VOElementFactory;

/**
 * Reads the first TABLE of a VOTable with STIL's own table handler, but through a {@link SafeXml}
 * parser: STIL's readers make their parsers with JAXP's defaults, which expand external entities
 * and fetch external DTDs, and follow {@code STREAM href}s to any URL, {@code file:} included. Here
 * a DOCTYPE is refused and so is a STREAM href ({@link InlineDataOnly}): only inline data are read.
 */
public final class VotableReading {

    private VotableReading() {}

    /** Passes the first table's metadata and rows to {@code sink}, then stops reading. */
    public static void stream(InputStream in, TableSink sink) throws IOException {
        SAXParserFactory factory = SafeXml.saxParserFactory();
        // STIL's namespace policy (lax by default: prefixed or unprefixed VOTable elements alike).
        Namespacing.getInstance().configureSAXParserFactory(factory);
        XMLReader reader = new InlineDataOnly(SafeXml.xmlReader(factory));
        TableContentHandler handler = new TableContentHandler(VOElementFactory.isStrictByDefault());
        handler.setReadHrefTables(false);
        FirstTable first = new FirstTable(sink);
        handler.setTableHandler(first);
        reader.setContentHandler(handler);
        try {
            reader.parse(new InputSource(in));
        } catch (SAXException e) {
            if (!first.done) {
                throw failure(e);
            }
        }
        if (!first.done) {
            throw new TableFormatException("the VOTable has no TABLE");
        }
    }

    /** The first table, stored as {@code policy} says (rows may be read more than once). */
    public static StarTable read(InputStream in, StoragePolicy policy) throws IOException {
        RowStore store = policy.makeRowStore();
        stream(in, store);
        return store.getStarTable();
    }

    private static IOException failure(SAXException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io; // the sink's own failure (a full disk, a row the database refused)
            }
        }
        return new TableFormatException(message(e), e);
    }

    /** The parser's words with the line, never a system id (none is set: no path can leak). */
    private static String message(SAXException e) {
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        if (text.contains("DOCTYPE")) {
            text = "a DOCTYPE is not accepted (VOTable needs none; entities and DTDs are refused)";
        }
        return e instanceof SAXParseException p && p.getLineNumber() > 0
                ? "not a readable VOTable at line " + p.getLineNumber() + ": " + text
                : "not a readable VOTable: " + text;
    }

    /** Hands the first table to the sink and ends the parse there, as STIL's own streamer does. */
    private static final class FirstTable implements TableHandler {
        private final TableSink sink;
        private boolean done;

        FirstTable(TableSink sink) {
            this.sink = sink;
        }

        @Override
        public void startTable(StarTable meta) throws SAXException {
            try {
                sink.acceptMetadata(meta);
            } catch (TableFormatException e) {
                throw new SAXException(e);
            }
        }

        @Override
        public void rowData(Object[] row) throws SAXException {
            try {
                sink.acceptRow(row);
            } catch (IOException e) {
                throw new SAXException(e);
            }
        }

        @Override
        public void endTable() throws SAXException {
            try {
                sink.endRows();
            } catch (IOException e) {
                throw new SAXException(e);
            }
            done = true;
            // Nothing after the first table is wanted: stop the parser rather than read on.
            throw new SAXException("first table read");
        }
    }
}
