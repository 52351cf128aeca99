// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.uws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.core.uws.ErrorSummary;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobResult;
import org.meridian.core.uws.Phase;
import org.meridian.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class UwsXmlTest {

    private static final Instant CREATED = Instant.parse("2024-05-01T10:00:00.123456Z");

    private static Job job(Phase phase, String owner, ErrorSummary error, List<JobResult> results) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("query", "select top 5 * from gaiadr3.gaia_source where a < 1 & b > 2");
        params.put("lang", "ADQL");
        return new Job(
                "abc123",
                "tap",
                owner == null ? null : 7L,
                owner,
                "run-1",
                phase,
                CREATED,
                CREATED.plusSeconds(1),
                null,
                Duration.ofSeconds(600),
                CREATED.plus(Duration.ofDays(7)),
                null,
                params,
                Map.of(),
                results,
                error);
    }

    private static Document parse(String xml) throws Exception {
        return SafeXml.documentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void jobDocumentUsesTheUwsPrefixAndVersion11() throws Exception {
        String xml = UwsXml.job(
                job(
                        Phase.COMPLETED,
                        "alice",
                        null,
                        List.of(new JobResult("result", "uws/abc123/result", "application/x-votable+xml", 1234))),
                "http://h:1/tap/async/abc123");
        assertThat(xml).contains("<uws:job ", "xmlns:uws=\"http://www.ivoa.net/xml/UWS/v1.0\"", "version=\"1.1\"");
        assertThat(xml).contains("<uws:jobId>abc123</uws:jobId>", "<uws:phase>COMPLETED</uws:phase>");
        assertThat(xml).contains("<uws:creationTime>2024-05-01T10:00:00.123Z</uws:creationTime>");
        assertThat(xml).contains("<uws:endTime xsi:nil=\"true\"", "<uws:quote xsi:nil=\"true\"");
        assertThat(xml).contains("xlink:href=\"http://h:1/tap/async/abc123/results/result\"");
        Document d = parse(xml);
        Element root = d.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(UwsXml.UWS);
        assertThat(root.getLocalName()).isEqualTo("job");
        assertThat(d.getElementsByTagNameNS(UwsXml.UWS, "parameter").item(0).getTextContent())
                .isEqualTo("select top 5 * from gaiadr3.gaia_source where a < 1 & b > 2");
        assertThat(d.getElementsByTagNameNS(UwsXml.UWS, "ownerId").item(0).getTextContent())
                .isEqualTo("alice");
    }

    @Test
    void elementsFollowTheUws11SchemaOrder() throws Exception {
        Document d = parse(UwsXml.job(job(Phase.ERROR, null, ErrorSummary.fatal("boom"), List.of()), "u"));
        List<String> names = new java.util.ArrayList<>();
        for (var n = d.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        assertThat(names)
                .containsExactly(
                        "jobId",
                        "runId",
                        "ownerId",
                        "phase",
                        "quote",
                        "creationTime",
                        "startTime",
                        "endTime",
                        "executionDuration",
                        "destruction",
                        "parameters",
                        "results",
                        "errorSummary");
    }

    @Test
    void anErrorCarriesItsTypeAndMessage() throws Exception {
        Document d = parse(UwsXml.job(job(Phase.ERROR, null, ErrorSummary.fatal("syntax error at <"), List.of()), "u"));
        Element summary =
                (Element) d.getElementsByTagNameNS(UwsXml.UWS, "errorSummary").item(0);
        assertThat(summary.getAttribute("type")).isEqualTo("fatal");
        assertThat(summary.getTextContent()).isEqualTo("syntax error at <");
        Element owner =
                (Element) d.getElementsByTagNameNS(UwsXml.UWS, "ownerId").item(0);
        assertThat(owner.getAttributeNS(UwsXml.XSI, "nil")).isEqualTo("true");
    }

    @Test
    void jobListHasJobrefsWithAbsoluteLinks() throws Exception {
        String xml = UwsXml.jobs(List.of(job(Phase.QUEUED, "bob", null, List.of())), "http://h:1/tap/async");
        Document d = parse(xml);
        Element ref = (Element) d.getElementsByTagNameNS(UwsXml.UWS, "jobref").item(0);
        assertThat(ref.getAttribute("id")).isEqualTo("abc123");
        assertThat(ref.getAttributeNS(UwsXml.XLINK, "href")).isEqualTo("http://h:1/tap/async/abc123");
        assertThat(xml).contains("<uws:jobs ", "<uws:jobref ", "<uws:phase>QUEUED</uws:phase>");
    }
}
