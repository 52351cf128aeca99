// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.meridian.xml.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the IVOA lyonetia ADQL validation queries (format: src/adql/queries.xsd). */
final class LyonetiaCorpus {
    record Entry(String file, String uuid, String adql, boolean valid, Set<String> declaredFunctions) {
        @Override
        public String toString() {
            return file + " " + uuid;
        }
    }

    private LyonetiaCorpus() {}

    /** ../shared relative to the working directory, else /work/shared; null when neither exists. */
    static Path adqlDirectory() {
        for (Path root : List.of(Path.of("..", "shared"), Path.of("/work/shared"))) {
            Path dir = root.resolve("corpora/lyonetia/src/adql");
            if (Files.isDirectory(dir)) return dir;
        }
        return null;
    }

    static List<Entry> entries(Path dir, String set) throws Exception {
        List<Entry> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve(set))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                var doc = SafeXml.documentBuilder().parse(file.toFile());
                Set<String> fileFunctions = functions(doc.getDocumentElement(), true);
                NodeList queries = doc.getElementsByTagName("query");
                for (int i = 0; i < queries.getLength(); i++) {
                    Element q = (Element) queries.item(i);
                    Element adql = (Element) q.getElementsByTagName("adql").item(0);
                    Set<String> declared = new HashSet<>(fileFunctions);
                    declared.addAll(functions(q, false));
                    result.add(new Entry(
                            set + "/" + file.getFileName(),
                            q.getAttribute("uuid"),
                            adql.getTextContent(),
                            Boolean.parseBoolean(adql.getAttribute("valid")),
                            declared));
                }
            }
        }
        return result;
    }

    /** Names of the user-defined functions declared by {@code <function><form>name(...)}. */
    private static Set<String> functions(Element parent, boolean topLevelOnly) {
        Set<String> names = new HashSet<>();
        NodeList forms = parent.getElementsByTagName("form");
        for (int i = 0; i < forms.getLength(); i++) {
            Element form = (Element) forms.item(i);
            Element functionsElement = (Element) form.getParentNode().getParentNode();
            if (topLevelOnly && functionsElement.getParentNode() != parent) continue;
            String text = form.getTextContent().trim();
            names.add(text.substring(0, text.indexOf('(')).trim().toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
