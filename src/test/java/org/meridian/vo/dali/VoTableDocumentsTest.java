// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.dali;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.meridian.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class VoTableDocumentsTest {

    @Test
    void errorDocumentCarriesQueryStatus() throws Exception {
        Document d = SafeXml.documentBuilder().parse(new ByteArrayInputStream(VoTableDocuments.error("bad & worse")));
        Element info = (Element) d.getElementsByTagName("INFO").item(0);
        assertThat(info.getAttribute("name")).isEqualTo("QUERY_STATUS");
        assertThat(info.getAttribute("value")).isEqualTo("ERROR");
        assertThat(info.getTextContent()).isEqualTo("bad & worse");
        assertThat(d.getDocumentElement().getAttribute("version")).isEqualTo("1.4");
    }
}
