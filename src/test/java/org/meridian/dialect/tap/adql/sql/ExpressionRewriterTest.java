// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.AdqlParser;
import org.meridian.dialect.tap.adql.ast.AdqlWriter;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.Column;

class ExpressionRewriterTest {
    private static final String QUERY = "WITH w AS (SELECT a FROM t WHERE b = 1) "
            + "SELECT a, CASE WHEN c > 1 THEN d ELSE e END FROM w JOIN u ON w.a = u.f "
            + "WHERE g IN (SELECT h FROM v WHERE i = 2) AND EXISTS (SELECT * FROM x WHERE j < 3) "
            + "GROUP BY a HAVING COUNT(k) > 1 ORDER BY l";

    @Test
    void ruleReachesEveryExpressionIncludingSubqueries() {
        String upper = AdqlWriter.write(ExpressionRewriter.rewrite(
                AdqlParser.parse(QUERY),
                e -> e instanceof Column c ? Column.of(c.name().name().toUpperCase(java.util.Locale.ROOT)) : e));
        for (String name : List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"))
            assertThat(upper).contains(name);
        assertThat(upper).doesNotContainPattern("\\b[a-l]\\b");
    }

    @Test
    void childrenAreRewrittenBeforeTheirParent() {
        List<String> seen = new ArrayList<>();
        ExpressionRewriter.rewrite(AdqlParser.parse("SELECT a + (b * c) FROM t"), e -> {
            seen.add(e.getClass().getSimpleName());
            return e;
        });
        assertThat(seen).containsExactly("Column", "Column", "Column", "Binary", "Binary");
    }

    @Test
    void selectRuleSeesInnerSelectsFirst() {
        List<String> froms = new ArrayList<>();
        ExpressionRewriter.rewriteSelects(
                AdqlParser.parse("SELECT * FROM (SELECT * FROM inner_t) AS q WHERE EXISTS (SELECT * FROM other)"),
                s -> {
                    froms.add(AdqlWriter.write(new org.meridian.dialect.tap.adql.ast.Query(List.of(), s)));
                    return s;
                });
        assertThat(froms).hasSize(3);
        assertThat(froms.get(2)).startsWith("SELECT * FROM (SELECT * FROM inner_t) AS q");
    }

    @Test
    void mapChildrenLeavesTheNodeItselfAlone() {
        Expression e =
                AdqlParser.parse("SELECT a + b FROM t").body() instanceof org.meridian.dialect.tap.adql.ast.Select s
                        ? ((org.meridian.dialect.tap.adql.ast.SelectItem.DerivedColumn)
                                        s.items().get(0))
                                .expression()
                        : null;
        Expression mapped = ExpressionRewriter.mapChildren(e, c -> Column.of("z"), q -> q);
        assertThat(new AdqlWriter().expression(mapped)).isEqualTo("(z + z)");
    }
}
