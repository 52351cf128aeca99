// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.vosi;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.meridian.vo.vosi.Xml;

/**
 * DALI 1.1 examples (section 2.3): XHTML with RDFa, one {@code typeof="example"} block per query.
 * Every query runs against the demo universe (checked by TapServiceIT).
 */
public final class ExamplesDocument {

    public record Example(String id, String name, String description, String query) {}

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
        try (Xml xml = new Xml()) {
            XMLStreamWriter w = xml.writer();
            w.writeStartElement("html");
            w.writeDefaultNamespace("http://www.w3.org/1999/xhtml");
            w.writeStartElement("head");
            xml.element("title", "Meridian TAP examples");
            w.writeEndElement();
            w.writeStartElement("body");
            w.writeAttribute("vocab", "http://www.ivoa.net/rdf/examples#");
            xml.element("h1", "Meridian TAP examples");
            for (Example e : EXAMPLES) {
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
            return xml.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
