// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.datalink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.meridian.vo.dali.VoTableDocuments;
import uk.ac.starlink.votable.VOSerializer;

/**
 * A DataLink answer as a VOTable (DataLink 1.1 section 3.3): the links table with the standard
 * columns, then one {@code adhoc:service} resource per SODA descriptor (section 4), whose input
 * parameters carry the dataset's ID as a value and their ranges as VALUES MIN/MAX. pyvo sends a
 * descriptor's valued parameters as they are, so the cutout parameters stay without a value.
 */
public final class DatalinkVotable {

    public static final String MIME = "application/x-votable+xml;content=datalink";

    /** name, datatype, arraysize, ucd, unit (DataLink 1.1 table 1, with 1.1's link_auth columns). */
    private static final String[][] FIELDS = {
        {"ID", "char", "*", "meta.id;meta.main", null},
        {"access_url", "char", "*", "meta.ref.url", null},
        {"service_def", "char", "*", "meta.ref", null},
        {"error_message", "char", "*", "meta.code.error", null},
        {"semantics", "char", "*", "meta.code", null},
        {"description", "char", "*", "meta.note", null},
        {"content_type", "char", "*", "meta.code.mime", null},
        {"content_length", "long", null, "phys.size;meta.file", "byte"},
        {"content_qualifier", "char", "*", "meta.code.class", null},
        {"local_semantics", "char", "*", "meta.code", null},
        {"link_auth", "char", "*", "meta.code", null},
        {"link_authorized", "boolean", null, "meta.code", null},
    };

    private DatalinkVotable() {}

    public static void write(DatasetLinks.Answer answer, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        VoTableDocuments.open(w);
        w.write("<RESOURCE type=\"results\">\n");
        w.write("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n");
        w.write("<INFO name=\"standardID\" value=\"ivo://ivoa.net/std/DataLink#links-1.1\"/>\n");
        w.write("<TABLE name=\"links\">\n");
        for (String[] f : FIELDS) {
            w.write("<FIELD name=\"" + f[0] + "\" ID=\"dl_" + f[0] + "\" datatype=\"" + f[1] + "\"");
            if (f[2] != null) w.write(" arraysize=\"" + f[2] + "\"");
            w.write(" ucd=\"" + f[3] + "\"");
            if (f[4] != null) w.write(" unit=\"" + f[4] + "\"");
            w.write("/>\n");
        }
        w.write("<DATA><TABLEDATA>\n");
        for (Link l : answer.links()) {
            w.write("<TR>");
            for (Object cell : List.of(
                    opt(l.id()),
                    opt(l.accessUrl()),
                    opt(l.serviceDef()),
                    opt(l.errorMessage()),
                    opt(l.semantics()),
                    opt(l.description()),
                    opt(l.contentType()),
                    opt(l.contentLength()),
                    opt(l.contentQualifier()),
                    opt(l.localSemantics()),
                    opt(l.linkAuth()),
                    opt(l.linkAuthorized()))) {
                String text = cell.toString();
                w.write(text.isEmpty() ? "<TD/>" : "<TD>" + VOSerializer.formatText(text) + "</TD>");
            }
            w.write("</TR>\n");
        }
        w.write("</TABLEDATA></DATA>\n</TABLE>\n</RESOURCE>\n");
        for (SodaDescriptor d : answer.descriptors()) {
            descriptor(w, d);
        }
        VoTableDocuments.close(w);
        w.flush();
    }

    private static Object opt(Object value) {
        return value == null ? "" : value;
    }

    private static void descriptor(BufferedWriter w, SodaDescriptor d) throws IOException {
        CutoutRanges r = d.ranges();
        w.write("<RESOURCE type=\"meta\" utype=\"adhoc:service\" ID=\"" + attr(d.resourceId()) + "\">\n");
        w.write("<DESCRIPTION>SODA " + (d.async() ? "asynchronous (UWS)" : "synchronous")
                + " cutout (no resampling: exact pixel sub-arrays)</DESCRIPTION>\n");
        w.write("<PARAM name=\"standardID\" datatype=\"char\" arraysize=\"*\" value=\"" + d.standardId() + "\"/>\n");
        w.write("<PARAM name=\"accessURL\" datatype=\"char\" arraysize=\"*\" value=\"" + attr(d.accessUrl())
                + "\"/>\n");
        w.write("<GROUP name=\"inputParams\">\n");
        w.write("<PARAM name=\"ID\" datatype=\"char\" arraysize=\"*\" ucd=\"meta.id;meta.dataset\" value=\""
                + attr(d.datasetId()) + "\"/>\n");
        w.write("<PARAM name=\"POS\" datatype=\"char\" arraysize=\"*\" ucd=\"pos.outline;obs\" value=\"\">"
                + "<DESCRIPTION>CIRCLE ra dec r, RANGE ra1 ra2 dec1 dec2 or POLYGON ra1 dec1 ... (ICRS degrees)"
                + "</DESCRIPTION></PARAM>\n");
        w.write("<PARAM name=\"CIRCLE\" datatype=\"double\" arraysize=\"3\" xtype=\"circle\" unit=\"deg\""
                + " ucd=\"phys.angArea;obs\" value=\"\"><VALUES><MAX value=\"" + numbers(r.circle())
                + "\"/></VALUES></PARAM>\n");
        w.write("<PARAM name=\"POLYGON\" datatype=\"double\" arraysize=\"*\" xtype=\"polygon\" unit=\"deg\""
                + " ucd=\"pos.outline;obs\" value=\"\"><VALUES><MAX value=\"" + numbers(r.polygon())
                + "\"/></VALUES></PARAM>\n");
        if (r.band().isPresent()) {
            double[] band = r.band().get();
            w.write("<PARAM name=\"BAND\" datatype=\"double\" arraysize=\"2\" xtype=\"interval\" unit=\"m\""
                    + " ucd=\"em.wl;stat.interval\" value=\"\"><VALUES><MIN value=\"" + fmt(band[0])
                    + "\"/><MAX value=\"" + fmt(band[1]) + "\"/></VALUES></PARAM>\n");
        }
        w.write("</GROUP>\n</RESOURCE>\n");
    }

    private static String numbers(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            if (!s.isEmpty()) s.append(' ');
            s.append(fmt(v));
        }
        return s.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.10g", v).replaceFirst("\\.?0+(e|$)", "$1");
    }

    private static String attr(String s) {
        return VOSerializer.formatText(s).replace("\"", "&quot;");
    }
}
