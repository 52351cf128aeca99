// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.uws;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.meridian.core.uws.ErrorSummary;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobResult;

/**
 * UWS 1.1 XML documents: job, job list, parameters and results. Always with the literal {@code uws:}
 * prefix (TapPlus matches qualified names) and {@code version="1.1"} (pyvo then blocks with WAIT
 * instead of sleeping between polls).
 */
public final class UwsXml {

    static final String UWS = "http://www.ivoa.net/xml/UWS/v1.0";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String CONTENT_TYPE = "text/xml; charset=UTF-8";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private UwsXml() {}

    /** The job document; {@code jobUrl} is the job's absolute URL (result links hang off it). */
    static String job(Job job, String jobUrl) {
        return document(w -> {
            root(w, "job");
            text(w, "jobId", job.id());
            if (job.runId() != null) {
                text(w, "runId", job.runId());
            }
            nillable(w, "ownerId", job.ownerName());
            text(w, "phase", job.phase().name());
            nillable(w, "quote", time(job.quote()));
            text(w, "creationTime", time(job.creationTime()));
            nillable(w, "startTime", time(job.startTime()));
            nillable(w, "endTime", time(job.endTime()));
            text(w, "executionDuration", Long.toString(job.executionDuration().toSeconds()));
            nillable(w, "destruction", time(job.destruction()));
            parameters(w, job.parameters());
            results(w, job.results(), jobUrl);
            if (job.error() != null) {
                error(w, job.error());
            }
            w.writeEndElement();
        });
    }

    /** The job list; {@code listUrl} is the list's absolute URL. */
    public static String jobs(List<Job> jobs, String listUrl) {
        return document(w -> {
            root(w, "jobs");
            for (Job job : jobs) {
                w.writeStartElement("uws", "jobref", UWS);
                w.writeAttribute("id", job.id());
                w.writeAttribute("xlink", XLINK, "type", "simple");
                w.writeAttribute("xlink", XLINK, "href", listUrl + "/" + job.id());
                text(w, "phase", job.phase().name());
                if (job.runId() != null) {
                    text(w, "runId", job.runId());
                }
                nillable(w, "ownerId", job.ownerName());
                text(w, "creationTime", time(job.creationTime()));
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    static String parameters(Job job) {
        return document(w -> {
            w.writeStartElement("uws", "parameters", UWS);
            namespaces(w);
            writeParameters(w, job.parameters());
            w.writeEndElement();
        });
    }

    static String results(Job job, String jobUrl) {
        return document(w -> {
            w.writeStartElement("uws", "results", UWS);
            namespaces(w);
            writeResults(w, job.results(), jobUrl);
            w.writeEndElement();
        });
    }

    /** ISO 8601 UTC with milliseconds, as UWS's xs:dateTime; null stays null. */
    public static String time(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String document(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write UWS XML", e);
        }
        return out.append('\n').toString();
    }

    private static void root(XMLStreamWriter w, String name) throws XMLStreamException {
        w.writeStartElement("uws", name, UWS);
        namespaces(w);
        w.writeAttribute("version", "1.1");
    }

    private static void namespaces(XMLStreamWriter w) throws XMLStreamException {
        w.writeNamespace("uws", UWS);
        w.writeNamespace("xlink", XLINK);
        w.writeNamespace("xsi", XSI);
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement("uws", name, UWS);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /** UWS encodes "unknown" as an empty element with {@code xsi:nil="true"}. */
    private static void nillable(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (value == null) {
            w.writeEmptyElement("uws", name, UWS);
            w.writeAttribute("xsi", XSI, "nil", "true");
        } else {
            text(w, name, value);
        }
    }

    private static void parameters(XMLStreamWriter w, Map<String, String> parameters) throws XMLStreamException {
        w.writeStartElement("uws", "parameters", UWS);
        writeParameters(w, parameters);
        w.writeEndElement();
    }

    private static void writeParameters(XMLStreamWriter w, Map<String, String> parameters) throws XMLStreamException {
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            w.writeStartElement("uws", "parameter", UWS);
            w.writeAttribute("id", p.getKey());
            w.writeCharacters(p.getValue());
            w.writeEndElement();
        }
    }

    private static void results(XMLStreamWriter w, List<JobResult> results, String jobUrl) throws XMLStreamException {
        w.writeStartElement("uws", "results", UWS);
        writeResults(w, results, jobUrl);
        w.writeEndElement();
    }

    private static void writeResults(XMLStreamWriter w, List<JobResult> results, String jobUrl)
            throws XMLStreamException {
        for (JobResult r : results) {
            w.writeEmptyElement("uws", "result", UWS);
            w.writeAttribute("id", r.name());
            w.writeAttribute("xlink", XLINK, "type", "simple");
            w.writeAttribute("xlink", XLINK, "href", jobUrl + "/results/" + r.name());
            w.writeAttribute("size", Long.toString(r.size()));
            w.writeAttribute("mime-type", r.mimeType());
        }
    }

    private static void error(XMLStreamWriter w, ErrorSummary error) throws XMLStreamException {
        w.writeStartElement("uws", "errorSummary", UWS);
        w.writeAttribute("type", error.type() == ErrorSummary.Type.FATAL ? "fatal" : "transient");
        w.writeAttribute("hasDetail", "true");
        text(w, "message", error.message());
        w.writeEndElement();
    }
}
