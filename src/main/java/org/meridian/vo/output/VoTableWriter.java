// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.meridian.vo.dali.VoTableDocuments;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOSerializer;
import uk.ac.starlink.votable.VOTableVersion;

/**
 * A query result as VOTable 1.4 (DALI 1.1 section 4.4): INFO QUERY_STATUS=OK before the table; when
 * MAXREC cut the result short, a second INFO QUERY_STATUS=OVERFLOW after it; when the query failed
 * midway, INFO QUERY_STATUS=ERROR after it instead; the protocol's own INFOs ({@link QueryResult#infos})
 * follow the first QUERY_STATUS. STIL serializes the table itself; the result's service descriptors
 * follow it.
 */
final class VoTableWriter implements ResultWriter {

    private final DataFormat format;

    VoTableWriter(DataFormat format) {
        this.format = format;
    }

    @Override
    public void write(QueryResult table, String query, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        VoTableDocuments.open(w);
        w.write("<RESOURCE type=\"results\">\n");
        w.write("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n");
        if (query != null) {
            w.write("<INFO name=\"QUERY\"" + VOSerializer.formatAttribute("value", query) + "/>\n");
        }
        for (QueryResult.Info info : table.infos()) {
            w.write("<INFO" + VOSerializer.formatAttribute("name", info.name())
                    + VOSerializer.formatAttribute("value", info.value())
                    + (info.text() == null ? "/>\n" : ">" + VOSerializer.formatText(info.text()) + "</INFO>\n"));
        }
        VOSerializer serializer = VOSerializer.makeSerializer(format, VOTableVersion.V14, table);
        serializer.writeInlineTableElement(w);
        if (table.failure() != null) {
            // DALI 1.1 section 4.4.1: an error after the table began is reported by an INFO after it.
            w.write("<INFO name=\"QUERY_STATUS\" value=\"ERROR\">"
                    + VOSerializer.formatText("the query failed while its result was being written: "
                            + firstLine(table.failure().getMessage()))
                    + "</INFO>\n");
        } else if (table.overflowed()) {
            w.write("<INFO name=\"QUERY_STATUS\" value=\"OVERFLOW\"/>\n");
        }
        w.write("</RESOURCE>\n");
        for (ServiceDescriptor d : table.serviceDescriptors()) {
            d.write(w);
        }
        VoTableDocuments.close(w);
        w.flush();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "database error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
