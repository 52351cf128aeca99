// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.vosi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A second service declares itself into /capabilities in a few lines (here a DataLink-like one). */
class CapabilitiesDocumentTest {

    @Test
    void aServiceDeclaresItsCapabilitiesOnce() {
        Capability links = new Capability() {
            @Override
            public Map<String, String> namespaces() {
                return Map.of("dl", "http://example.org/datalink");
            }

            @Override
            public void write(Xml xml, String base) throws javax.xml.stream.XMLStreamException {
                Capability.at("ivo://ivoa.net/std/DataLink#links-1.1", "/links").write(xml, base);
            }
        };
        List<Capability> all = new ArrayList<>(List.of(links));
        all.addAll(Capability.vosi(false));

        String xml = CapabilitiesDocument.render("http://h/dl", all);

        assertThat(xml)
                .contains("xmlns:dl=\"http://example.org/datalink\"", "xmlns:vs=")
                .contains("standardID=\"ivo://ivoa.net/std/DataLink#links-1.1\"")
                .contains("<accessURL use=\"full\">http://h/dl/links</accessURL>")
                .contains("<accessURL use=\"full\">http://h/dl/availability</accessURL>")
                .doesNotContain("tables");
        assertThat(xml.indexOf("links-1.1")).isLessThan(xml.indexOf("VOSI#capabilities"));
    }
}
