// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every query of the IVOA lyonetia corpus (ivoa/ and gavo/) parses or is rejected exactly as its
 * {@code valid} flag says. User-defined functions count as known when the corpus declares them or
 * when they carry the IVOA-reserved ivo_ prefix (DaCHS's tests use undeclared ivo_foo).
 */
class AdqlConformanceTest {
    /** Corpus entries whose flag contradicts the ADQL 2.1 standard, with the reason. */
    private static final Map<String, String> KNOWN_WRONG = Map.of(
            "ivoa/2_from.xml d4c3a72c-4458-11e6-96e2-28b2bdcff70b",
            "marks 't1 INNER JOIN t2' invalid, but the ADQL 2.1 BNF has qualified_join ::= ... JOIN"
                    + " <table_reference> [ <join_specification> ] (optional), and gavo/ marks the same form valid");

    @ParameterizedTest
    @ValueSource(strings = {"ivoa", "gavo"})
    void everyQueryParsesExactlyAsItsValidFlagSays(String set) throws Exception {
        Path dir = LyonetiaCorpus.adqlDirectory();
        Assumptions.assumeTrue(dir != null, "lyonetia corpus not present");
        List<String> failures = new ArrayList<>();
        int passed = 0;
        int skipped = 0;
        List<LyonetiaCorpus.Entry> entries = LyonetiaCorpus.entries(dir, set);
        for (LyonetiaCorpus.Entry entry : entries) {
            if (KNOWN_WRONG.containsKey(entry.toString())) {
                skipped++;
                continue;
            }
            var parser = new AdqlParser(
                    name -> name.startsWith("ivo_") || entry.declaredFunctions().contains(name));
            String outcome;
            try {
                parser.parseQuery(entry.adql());
                outcome = null;
            } catch (AdqlSyntaxException e) {
                outcome = e.getMessage();
            }
            boolean accepted = outcome == null;
            if (accepted == entry.valid()) passed++;
            else
                failures.add(entry + (entry.valid() ? " rejected: " + outcome : " accepted") + "\n    "
                        + entry.adql().strip().replaceAll("\\s+", " "));
        }
        System.out.printf("lyonetia %s: %d of %d pass%n", set, passed, entries.size() - skipped);
        assertThat(failures).isEmpty();
    }
}
