// SPDX-License-Identifier: Apache-2.0
package org.meridian.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.testing.XmlAttacks;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StoragePolicy;

/** Every reader {@link SafeXml} and {@link VotableReading} make refuses every classic XML attack. */
class SafeXmlTest {

    private static XmlAttacks attacks;

    @BeforeAll
    static void start() {
        attacks = new XmlAttacks();
    }

    @AfterAll
    static void stop() {
        attacks.close();
    }

    @Test
    void theSaxReaderRefusesEveryAttack() {
        refusesEach(attacks.xmlDocuments(), doc -> {
            StringBuilder text = new StringBuilder();
            var reader = SafeXml.xmlReader();
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void characters(char[] ch, int start, int length) {
                    text.append(ch, start, length);
                }
            });
            reader.parse(new InputSource(stream(doc)));
            return text.toString();
        });
    }

    @Test
    void theDomBuilderRefusesEveryAttack() {
        refusesEach(attacks.xmlDocuments(), doc -> SafeXml.documentBuilder()
                .parse(stream(doc))
                .getDocumentElement()
                .getTextContent());
    }

    @Test
    void theVotableReaderRefusesEveryAttack() {
        refusesEach(attacks.documents(), doc -> cells(VotableReading.read(stream(doc), StoragePolicy.PREFER_MEMORY)));
    }

    @Test
    void theReadersStillReadPlainDocuments() throws Exception {
        String doc = XmlAttacks.plain("M31 &amp; friends");
        assertThat(cells(VotableReading.read(stream(doc), StoragePolicy.PREFER_MEMORY)))
                .isEqualTo("M31 & friends");
        assertThat(SafeXml.documentBuilder()
                        .parse(stream(doc))
                        .getDocumentElement()
                        .getLocalName())
                .isEqualTo("VOTABLE");
        // A prefixed VOTable reads as well (STIL's lax namespace policy survives the hardening).
        String prefixed = "<v:VOTABLE xmlns:v=\"http://www.ivoa.net/xml/VOTable/v1.3\"><v:RESOURCE><v:TABLE>"
                + "<v:FIELD name=\"n\" datatype=\"int\"/><v:DATA><v:TABLEDATA><v:TR><v:TD>42</v:TD></v:TR>"
                + "</v:TABLEDATA></v:DATA></v:TABLE></v:RESOURCE></v:VOTABLE>";
        assertThat(cells(VotableReading.read(stream(prefixed), StoragePolicy.PREFER_MEMORY)))
                .isEqualTo("42");
    }

    @FunctionalInterface
    interface Reader {
        /** Reads a document and returns all the text it yields. */
        String read(String document) throws Exception;
    }

    /** Each attack fails to read, with no trace of the secret in text or message, and nothing is fetched. */
    private static void refusesEach(Map<String, String> documents, Reader reader) {
        List<String> accepted = new ArrayList<>();
        for (Map.Entry<String, String> attack : documents.entrySet()) {
            Throwable thrown = catchThrowable(() -> {
                String text = reader.read(attack.getValue());
                accepted.add(attack.getKey() + " read as " + abbreviated(text));
            });
            if (thrown != null) {
                assertThat(String.valueOf(thrown.getMessage()))
                        .as(attack.getKey())
                        .doesNotContain(attacks.secret());
            }
        }
        assertThat(accepted).isEmpty();
        assertThat(attacks.hits()).as("requests that reached the http target").isZero();
    }

    private static String cells(StarTable table) throws Exception {
        StringBuilder text = new StringBuilder();
        try (RowSequence rows = table.getRowSequence()) {
            while (rows.next()) {
                for (Object cell : rows.getRow()) {
                    text.append(cell);
                }
            }
        }
        return text.toString();
    }

    private static InputStream stream(String doc) {
        return new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "... (" + text.length() + " chars)" : text;
    }
}
