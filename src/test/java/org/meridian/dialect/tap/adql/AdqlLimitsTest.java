// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.dialect.tap.adql.ast.Select;
import org.meridian.dialect.tap.adql.schema.InMemoryCatalog;
import org.meridian.dialect.tap.adql.sql.SqlTranslator;

/**
 * Hostile shapes and sizes of ADQL are refused as the caller's mistakes, with a message, and never
 * overflow a stack or a number: the translation runs on a virtual thread, as /tap/sync and the
 * async workers run it.
 */
class AdqlLimitsTest {

    private static final InMemoryCatalog CATALOG = InMemoryCatalog.builder()
            .table("public", "t")
            .column("a", "DOUBLE")
            .done()
            .build();

    static Stream<Arguments> nestings() {
        return Stream.of(
                shape("parentheses around a condition", n -> "SELECT a FROM t WHERE " + nest("(", "a = 1", ")", n)),
                shape("parentheses around a value", n -> "SELECT " + nest("(", "a", ")", n) + " FROM t"),
                shape("function calls", n -> "SELECT " + nest("ABS(", "a", ")", n) + " FROM t"),
                shape("CASE", n -> "SELECT " + nest("CASE WHEN a = 1 THEN ", "a", " END", n) + " FROM t"),
                shape(
                        "subqueries in FROM",
                        n -> "SELECT * FROM " + nest("(SELECT * FROM ", "t", " AS x)", n) + " AS y"),
                shape(
                        "IN subqueries",
                        n -> "SELECT a FROM t WHERE " + nest("a IN (SELECT a FROM t WHERE ", "a = 1", ")", n)),
                shape("unary minus", n -> "SELECT " + "- ".repeat(n) + "a FROM t"),
                shape("a chain of +", n -> "SELECT a" + " + a".repeat(n) + " FROM t"),
                shape("a chain of UNION", n -> "SELECT a FROM t" + " UNION SELECT a FROM t".repeat(n)),
                shape("a chain of JOIN", n -> {
                    StringBuilder q = new StringBuilder("SELECT t.a FROM t");
                    for (int i = 0; i < n; i++)
                        q.append(" JOIN t AS j").append(i).append(" ON 1 = 1");
                    return q.toString();
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nestings")
    void deepNestingIsRefusedWithAMessage(String name, IntFunction<String> query) throws Exception {
        // Jetty refuses forms over 200 kB, which is about 10,000 levels of the longest shapes here.
        for (int n : new int[] {300, 3_000, 10_000}) {
            assertThat(translate(query.apply(n)))
                    .as("%s, %d deep", name, n)
                    .isInstanceOf(AdqlException.class)
                    .extracting(Object::toString)
                    .asString()
                    .contains("query nested too deeply");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nestings")
    void ordinaryNestingStillTranslates(String name, IntFunction<String> query) throws Exception {
        assertThat(translate(query.apply(20))).as(name).isInstanceOf(String.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OR", "AND"})
    void longChainsOfOrAndAndTranslate(String operator) throws Exception {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) terms.add("a = " + i);
        Object sql = translate("SELECT a FROM t WHERE " + String.join(" " + operator + " ", terms));
        assertThat(sql).isInstanceOf(String.class);
        assertThat((String) sql).contains("t.a = 4999");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT TOP 9223372036854775808 a FROM t",
                "SELECT TOP 99999999999999999999999999 a FROM t",
                "SELECT a FROM t OFFSET 9223372036854775808",
                "SELECT CAST(a AS VARCHAR(99999999999)) FROM t"
            })
    void numbersTooLargeForTheirPlaceAreSyntaxErrors(String adql) {
        assertThatThrownBy(() -> AdqlParser.parse(adql))
                .isInstanceOf(AdqlSyntaxException.class)
                .hasMessageContaining("is too large");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT 99999999999999999999999999 FROM t",
                "SELECT ROUND(a, 99999999999) FROM t",
                "SELECT a FROM t WHERE 1 = CONTAINS(POINT(a, a), CIRCLE(0xFFFFFFFFFFFFFFFFFFFFFFFF, 0, 1))"
            })
    void largeLiteralsElsewhereAreLeftToPostgres(String adql) throws Exception {
        assertThat(translate(adql)).isInstanceOf(String.class);
    }

    @org.junit.jupiter.api.Test
    void theLargestTopAndOffsetParse() {
        Select s = (Select) AdqlParser.parse("SELECT TOP 9223372036854775807 a FROM t OFFSET 9223372036854775807")
                .body();
        assertThat(s.top()).isEqualTo(Long.MAX_VALUE);
        assertThat(s.offset()).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT a FROM t WHERE a = 'x\0y'",
                "SELECT a\0 FROM t",
                "SELECT \"a\0\" FROM t",
                "SELECT a AS \"b\0\" FROM t",
                "SELECT a FROM t -- a comment\0\n",
                "SELECT a\nFROM t\nWHERE a = '\0'"
            })
    void aNulCharacterAnywhereIsASyntaxErrorAtItsPosition(String adql) {
        assertThatThrownBy(() -> AdqlParser.parse(adql))
                .isInstanceOfSatisfying(AdqlSyntaxException.class, e -> {
                    String before = adql.substring(0, adql.indexOf('\0'));
                    assertThat(e.line())
                            .isEqualTo(1
                                    + (int) before.chars()
                                            .filter(c -> c == '\n')
                                            .count());
                    assertThat(e.column()).isEqualTo(before.length() - before.lastIndexOf('\n'));
                })
                .hasMessageContaining("NUL character");
    }

    private static Arguments shape(String name, IntFunction<String> query) {
        return Arguments.of(name, query);
    }

    private static String nest(String open, String inner, String close, int n) {
        return open.repeat(n) + inner + close.repeat(n);
    }

    /** The SQL, or what the translation threw (a StackOverflowError included), on a virtual thread. */
    private static Object translate(String adql) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread.ofVirtual()
                .start(() -> {
                    try {
                        result.set(SqlTranslator.standard(CATALOG).translate(adql));
                    } catch (RuntimeException | StackOverflowError e) {
                        result.set(e);
                    }
                })
                .join();
        return result.get();
    }
}
