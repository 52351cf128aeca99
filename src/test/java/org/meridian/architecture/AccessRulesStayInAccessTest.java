// SPDX-License-Identifier: Apache-2.0
package org.meridian.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Visibility is decided only in {@code core.archive.Access} (docs/access.md). A dialect that writes
 * its own release test, public-tag test or membership check is how one collection's rule ended up
 * applied to another's data; this test fails when such a predicate appears anywhere else in the
 * main sources. Ingest may compute release dates; it never compares them.
 */
class AccessRulesStayInAccessTest {

    private static final Path MAIN = Path.of("src/main/java/org/meridian");

    /** The files allowed to state the rules. */
    private static final List<Path> POLICY =
            List.of(MAIN.resolve("core/archive/Access.java"), MAIN.resolve("core/archive/CollectionPolicy.java"));

    /** Shapes of visibility predicates, in SQL and in Java. */
    private static final List<Pattern> PREDICATES = Stream.of(
                    "\\brelease\\s*(<=|>=|<|>)\\s*(now|\\?|current|\\()", // SQL: o.release <= now()
                    "release\\s+is\\s+(not\\s+)?null", // SQL: o.release is null (public at once)
                    "release\\(\\)\\s*(==|!=)\\s*null", // Java: facts.release() == null
                    "release\\(\\)\\.is(After|Before)", // Java: release().isAfter(now)
                    "'public'\\s*=\\s*any", // SQL: 'public' = any(tags)
                    "not\\s+\\w+\\.proprietary_coordinates", // SQL: coordinates rule
                    "\\.programs\\(\\)\\.(contains|toArray)", // Java: membership check, or its list bound into SQL
                    "(observation|file)Grants\\(\\)", // Java: grants
                    "instrumentTeam\\(\\)") // Java: instrument team
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
            .toList();

    @Test
    void noVisibilityPredicateOutsideAccess() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (POLICY.contains(file) || file.startsWith(MAIN.resolve("core/auth"))) {
                    continue; // core.auth builds the Caller those rules read
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (Pattern p : PREDICATES) {
                        if (p.matcher(lines.get(i)).find()) {
                            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(found)
                .as("visibility predicates belong in core.archive.Access")
                .isEmpty();
    }

    @Test
    void thePatternsCatchTheLeaksTheyWereWrittenFor() {
        // The rules the last review found written outside Access: each must be caught.
        List<String> leaks = List.of(
                "where.add(\"not o.proprietary_coordinates or o.release is null or o.release <= ?\", now);",
                "+ \" and 'public' = any(p.tags)))\");",
                "!a.engineering() && a.release() != null && a.release().isAfter(clock.instant());",
                "if (caller.staff() || caller.programs().contains(proposal)) {");
        for (String leak : leaks) {
            assertThat(PREDICATES.stream().anyMatch(p -> p.matcher(leak).find()))
                    .as(leak)
                    .isTrue();
        }
    }
}
