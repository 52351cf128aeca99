// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.dali;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import uk.ac.starlink.votable.VOSerializer;

/** The VOTable envelope, and the DALI error document (INFO QUERY_STATUS=ERROR with the message). */
public final class VoTableDocuments {

    public static final String MIME = "application/x-votable+xml";

    private VoTableDocuments() {}

    /** The XML declaration and the opening VOTABLE 1.4 element every result document starts with. */
    public static void open(BufferedWriter w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n");
    }

    public static void close(BufferedWriter w) throws IOException {
        w.write("</VOTABLE>\n");
    }

    /** Writes an error document: the status a client reads is the INFO's value, the text its content. */
    public static void error(String message, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        open(w);
        w.write("<RESOURCE type=\"results\">\n");
        w.write("<INFO name=\"QUERY_STATUS\" value=\"ERROR\">" + VOSerializer.formatText(message) + "</INFO>\n");
        w.write("</RESOURCE>\n");
        close(w);
        w.flush();
    }

    /** The error document as bytes, for answers built in memory (a UWS job's error resource). */
    public static byte[] error(String message) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            error(message, body);
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail", e);
        }
        return body.toByteArray();
    }
}
