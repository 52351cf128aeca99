// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.vosi;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamWriter;
import org.meridian.vo.vosi.Xml;

/**
 * DALI 1.1 examples (section 2.3): XHTML with RDFa, one {@code typeof="example"} block per query.
 * Every query runs against the demo universe (checked by TapServiceIT).
 */
public final class ExamplesDocument {

    public record Example(String id, String name, String description, String query) {

        private static final Pattern FROM = Pattern.compile("\\bFROM\\s+([A-Za-z_][A-Za-z0-9_.]*)");

        /** The tables its query names after FROM, so a service lists only the examples it can run. */
        public List<String> tables() {
            List<String> names = new java.util.ArrayList<>();
            Matcher m = FROM.matcher(query);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    public static final List<Example> EXAMPLES = List.of(
            new Example(
                    "gaia-top5",
                    "First Gaia DR1 sources",
                    "The Gaia archive's first example: five sources with positions.",
                    "SELECT TOP 5 source_id, ra, dec FROM gaiadr1.gaia_source"),
            new Example(
                    "gaia-cone",
                    "Cone search in Gaia DR3",
                    "Sources within 0.1 degree of a position, nearest first.",
                    "SELECT TOP 50 source_id, ra, dec, phot_g_mean_mag,"
                            + " DISTANCE(POINT('ICRS', ra, dec), POINT('ICRS', 266.41683, -29.00781)) AS dist"
                            + " FROM gaiadr3.gaia_source"
                            + " WHERE 1 = CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', 266.41683, -29.00781, 0.1))"
                            + " ORDER BY dist ASC"),
            new Example(
                    "obscore-instrument",
                    "Observations by instrument",
                    "How many ObsCore datasets each collection and instrument has (only those you may see).",
                    "SELECT obs_collection, instrument_name, COUNT(*) AS n FROM ivoa.ObsCore"
                            + " GROUP BY obs_collection, instrument_name ORDER BY n DESC"),
            new Example(
                    "eso-raw",
                    "ESO raw science frames",
                    "Raw ESO frames of category SCIENCE, newest first (ESO's dbo.raw).",
                    "SELECT TOP 20 dp_id, object, ra, dec, date_obs, prog_id, instrument, exposure FROM dbo.raw"
                            + " WHERE dp_cat = 'SCIENCE' ORDER BY mjd_obs DESC"),
            new Example(
                    "tap-schema",
                    "Published tables",
                    "Every table this service publishes, from TAP_SCHEMA.",
                    "SELECT table_name, table_type, description FROM TAP_SCHEMA.tables ORDER BY table_index"));

    private ExamplesDocument() {}

    public static String render() {
        return render(e -> true);
    }

    /** The examples {@code runnable} keeps: a service over part of the tables shows those it can run. */
    public static String render(Predicate<Example> runnable) {
        return Xml.document(xml -> {
            XMLStreamWriter w = xml.writer();
            w.writeStartElement("html");
            w.writeDefaultNamespace("http://www.w3.org/1999/xhtml");
            w.writeStartElement("head");
            xml.element("title", "Meridian TAP examples");
            w.writeEndElement();
            w.writeStartElement("body");
            w.writeAttribute("vocab", "http://www.ivoa.net/rdf/examples#");
            xml.element("h1", "Meridian TAP examples");
            for (Example e : EXAMPLES.stream().filter(runnable).toList()) {
                w.writeStartElement("div");
                w.writeAttribute("id", e.id());
                w.writeAttribute("resource", "#" + e.id());
                w.writeAttribute("typeof", "example");
                w.writeStartElement("h2");
                w.writeAttribute("property", "name");
                w.writeCharacters(e.name());
                w.writeEndElement();
                xml.element("p", e.description());
                w.writeStartElement("pre");
                w.writeAttribute("property", "query");
                w.writeCharacters(e.query());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }
}
