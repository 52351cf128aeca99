// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import org.meridian.dialect.tap.adql.AdqlParser;
import org.meridian.dialect.tap.adql.ast.AdqlWriter;
import org.meridian.dialect.tap.adql.schema.SemanticCheck;
import org.meridian.dialect.tap.adql.schema.TestCatalogs;

/** Runs one rewrite step on parsed ADQL and prints the result back as ADQL. */
final class StepTests {
    private StepTests() {}

    static String step(RewriteStep step, String adql) {
        return AdqlWriter.write(step.apply(AdqlParser.parse(adql)));
    }

    /** The step applied after the semantic check against {@link TestCatalogs#sample()}. */
    static String resolvedStep(RewriteStep step, String adql) {
        return AdqlWriter.write(step.apply(new SemanticCheck(TestCatalogs.sample()).apply(AdqlParser.parse(adql))));
    }
}
