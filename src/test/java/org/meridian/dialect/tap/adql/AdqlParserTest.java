// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.ast.AdqlWriter;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.GeometryExpression;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.ast.Select;

class AdqlParserTest {

    @Test
    void buildsRecordsForAQueryWithTopGeometryAndOffset() {
        Query q = AdqlParser.parse("select TOP 10 ra, dec FROM gaia.src WHERE 1 = contains(point(ra, dec), "
                + "circle('ICRS', 10, -20.5, 0.1)) ORDER BY ra DESC OFFSET 5");
        Select s = (Select) q.body();
        assertThat(s.top()).isEqualTo(10);
        assertThat(s.offset()).isEqualTo(5);
        var cmp = (Expression.Comparison) s.where();
        var contains = (GeometryExpression.Contains) cmp.right();
        assertThat(contains.inner()).isInstanceOf(GeometryExpression.Point.class);
        var circle = (GeometryExpression.Circle) contains.outer();
        assertThat(circle.coordSys()).isEqualTo(Expression.Literal.string("ICRS"));
        assertThat(circle.dec())
                .isEqualTo(new Expression.Unary(
                        Expression.UnaryOperator.NEGATE,
                        new Expression.Literal(Expression.Literal.Kind.DECIMAL, "20.5")));
    }

    @Test
    void reservedWordAsNameGetsAQuotingHint() {
        assertSyntaxError("SELECT size FROM t", 1, 8, "reserved word 'size' must be quoted as \"size\"");
        assertThat(AdqlParser.parse("SELECT \"size\" FROM t")).isNotNull();
    }

    @Test
    void missingFromIsReportedWithPosition() {
        assertSyntaxError("SELECT a, b\n  WHERE a > 1", 2, 3, "expected FROM");
    }

    @Test
    void wrongArityAndUnknownFunctionsAreExplained() {
        assertThatThrownBy(() -> AdqlParser.parse("SELECT ABS(a, b) FROM t"))
                .hasMessageContaining("ABS takes 1 argument, not 2");
        assertThatThrownBy(() -> AdqlParser.parse("SELECT foo_bar(a) FROM t"))
                .hasMessageContaining("unknown function 'foo_bar'");
        assertThatThrownBy(() -> AdqlParser.parse("SELECT CAST(a AS FLOAT) FROM t"))
                .hasMessageContaining("'FLOAT' is not an ADQL type");
    }

    @Test
    void negativeNumbersAndHexAndCommentsParse() {
        Query q = AdqlParser.parse("SELECT a & 0xFF, dec - -29.3 -- trailing comment\nFROM t");
        assertThat(AdqlWriter.write(q)).isEqualTo("SELECT (a & 0xff), (dec - (-29.3)) FROM t");
    }

    @Test
    void setOperationsKeepPrecedenceAndAll() {
        Query q = AdqlParser.parse("SELECT a FROM x UNION ALL SELECT a FROM y INTERSECT SELECT a FROM z");
        assertThat(AdqlWriter.write(q))
                .isEqualTo("SELECT a FROM x UNION ALL (SELECT a FROM y INTERSECT SELECT a FROM z)");
    }

    @Test
    void everyValidCorpusQueryRoundTripsThroughTheWriter() throws Exception {
        var dir = LyonetiaCorpus.adqlDirectory();
        Assumptions.assumeTrue(dir != null, "lyonetia corpus not present");
        List<String> failures = new ArrayList<>();
        for (String set : List.of("ivoa", "gavo")) {
            for (var entry : LyonetiaCorpus.entries(dir, set)) {
                if (!entry.valid()) continue;
                var parser = new AdqlParser(
                        n -> n.startsWith("ivo_") || entry.declaredFunctions().contains(n));
                Query first;
                try {
                    first = parser.parseQuery(entry.adql());
                } catch (AdqlSyntaxException e) {
                    continue; // the conformance test reports these
                }
                String written = AdqlWriter.write(first);
                try {
                    if (!parser.parseQuery(written).equals(first)) failures.add(entry + ": " + written);
                } catch (AdqlSyntaxException e) {
                    failures.add(entry + ": " + written + " -> " + e.getMessage());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The query is malformed at that 1-based line and column, with that hint. */
    private static void assertSyntaxError(String adql, int line, int column, String hint) {
        assertThatThrownBy(() -> AdqlParser.parse(adql)).isInstanceOfSatisfying(AdqlSyntaxException.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.hint()).isEqualTo(hint);
        });
    }
}
