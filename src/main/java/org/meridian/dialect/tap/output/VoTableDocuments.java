// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import uk.ac.starlink.votable.VOSerializer;

/** The VOTable envelope, and the DALI error document (INFO QUERY_STATUS=ERROR with the message). */
public final class VoTableDocuments {

    public static final String MIME = "application/x-votable+xml";

    private VoTableDocuments() {}

    static void open(BufferedWriter w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n");
    }

    static void close(BufferedWriter w) throws IOException {
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
}
