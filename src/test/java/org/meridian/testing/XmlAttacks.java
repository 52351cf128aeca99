// SPDX-License-Identifier: Apache-2.0
package org.meridian.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The classic attacks on an XML reader, as VOTables a stranger could upload: external entities
 * (file and http), an external parameter entity, an external DTD, entity expansion (billion laughs,
 * quadratic blowup) and STREAM hrefs to a file and to http. The local file holds a marker no answer
 * may contain; the http targets are a listener on 127.0.0.1 that counts what reaches it (nothing may).
 * Close it to stop the listener and delete the file.
 */
public final class XmlAttacks implements AutoCloseable {

    private static final String HEAD = "<?xml version=\"1.0\"?>\n";
    private static final String TABLE_START = "<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\">"
            + "<RESOURCE><TABLE><FIELD name=\"s\" datatype=\"char\" arraysize=\"*\"/><DATA><TABLEDATA>";
    private static final String TABLE_END = "</TABLEDATA></DATA></TABLE></RESOURCE></VOTABLE>\n";

    private final String secret = "MERIDIAN-SECRET-" + UUID.randomUUID();
    private final Path secretFile;
    private final HttpServer listener;
    private final AtomicInteger hits = new AtomicInteger();

    public XmlAttacks() {
        try {
            secretFile = Files.createTempFile("meridian-secret-", ".txt");
            Files.writeString(secretFile, (secret + "\n").repeat(4));
            listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        listener.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = ("<!ENTITY leak \"" + secret + "\">" + secret).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        listener.start();
    }

    /** What no answer, row or message may ever contain. */
    public String secret() {
        return secret;
    }

    /** How many requests reached the http target (must stay 0). */
    public int hits() {
        return hits.get();
    }

    /** The attacks on any XML reader, by name. */
    public Map<String, String> xmlDocuments() {
        Map<String, String> docs = new LinkedHashMap<>(documents());
        docs.keySet().removeIf(name -> name.startsWith("STREAM"));
        return docs;
    }

    /** The attacks on a VOTable reader (those on any XML reader and STREAM hrefs), by name. */
    public Map<String, String> documents() {
        String file = secretFile.toUri().toString();
        String http = "http://127.0.0.1:" + listener.getAddress().getPort();
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put(
                "external general entity (file)",
                HEAD + "<!DOCTYPE VOTABLE [<!ENTITY x SYSTEM \"" + file + "\">]>\n" + row("&x;"));
        docs.put(
                "external general entity (http)",
                HEAD + "<!DOCTYPE VOTABLE [<!ENTITY x SYSTEM \"" + http + "/entity\">]>\n" + row("&x;"));
        docs.put(
                "external parameter entity",
                HEAD + "<!DOCTYPE VOTABLE [<!ENTITY % p SYSTEM \"" + http + "/param.dtd\"> %p;]>\n" + row("&leak;"));
        docs.put("external DTD", HEAD + "<!DOCTYPE VOTABLE SYSTEM \"" + http + "/votable.dtd\">\n" + row("x"));
        docs.put("billion laughs", HEAD + billionLaughs() + row("&lol9;"));
        docs.put("quadratic blowup", HEAD + quadraticBlowup());
        docs.put("STREAM href (file)", HEAD + streamed(file));
        docs.put("STREAM href (http)", HEAD + streamed(http + "/stream"));
        return docs;
    }

    /** A harmless VOTable of one row, for the check that a reader still reads. */
    public static String plain(String value) {
        return HEAD + row(value);
    }

    private static String row(String cell) {
        return TABLE_START + "<TR><TD>" + cell + "</TD></TR>" + TABLE_END;
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE VOTABLE [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(previous.repeat(10))
                    .append("\">");
        }
        return dtd.append("]>\n").toString();
    }

    /** One 20,000-character entity referenced 20,000 times: 400 million characters from 100 kB. */
    private static String quadraticBlowup() {
        return "<!DOCTYPE VOTABLE [<!ENTITY a \"" + "a".repeat(20_000) + "\">]>\n" + row("&a;".repeat(20_000));
    }

    /** A BINARY table whose bytes STIL would read from {@code href}: 64 characters a row, a whole marker. */
    private static String streamed(String href) {
        return "<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\"><RESOURCE><TABLE>"
                + "<FIELD name=\"s\" datatype=\"char\" arraysize=\"64\"/>"
                + "<DATA><BINARY><STREAM href=\"" + href + "\"/></BINARY></DATA></TABLE></RESOURCE></VOTABLE>\n";
    }

    @Override
    public void close() {
        listener.stop(0);
        try {
            Files.deleteIfExists(secretFile);
        } catch (IOException ignored) {
            // a marker file left in the temp directory is harmless
        }
    }
}
