// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * The generated ADQL parser, refusing a query once it nests deeper than {@link #MAX_DEPTH} grammar
 * levels. The parser calls itself once per level (a parenthesis costs two to four, a function call
 * three, a subquery about ten), and so does the AST builder after it: about 3,000 parentheses
 * overflowed the thread's stack and answered an empty 500. The bound stops the parse at the first
 * token too deep, before the stack is at risk, so that a StackOverflowError never unwinds through
 * ANTLR's prediction caches (shared by every parse) half-updated. The steps after the AST builder
 * have their own, lower bound ({@link AdqlParser#MAX_AST_DEPTH}).
 *
 * <p>Chains of a left-recursive rule ({@code 1+1+...+1}, {@code - - - 1}) are parsed in a loop but
 * nest the tree one level per operator; they count too.
 */
final class DepthLimitedParser extends org.meridian.dialect.tap.adql.grammar.AdqlParser {

    /**
     * Queries of up to about 1,600 levels parsed and built on a virtual thread's stack when measured
     * (400 parentheses around a condition); no real query comes near 1,000 (100 parentheses around a
     * condition are about 400 levels, a nested subquery about ten).
     */
    static final int MAX_DEPTH = 1000;

    /**
     * Where a parenthesis opens, the parser cannot tell a condition from a value until it has read
     * past its match, so parentheses nested n deep cost it about n-squared steps: 30,000 of them took
     * seconds before the depth bound tripped. Counting them first, on the tokens, is linear; 200 is
     * as far as {@link #MAX_DEPTH} lets parentheses around a condition go anyway.
     */
    static final int MAX_PARENTHESES = 200;

    /** Rule invocations open on the stack. */
    private int open;
    /** Operators folded into the left-recursive rules still open. */
    private int chained;
    /** {@link #chained} when each open left-recursive rule started, restored when it ends. */
    private Deque<Integer> chainedAtEntry = new ArrayDeque<>();

    DepthLimitedParser(TokenStream input) {
        super(input);
    }

    @Override
    public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
        open++;
        check();
        super.enterRule(localctx, state, ruleIndex);
    }

    @Override
    public void exitRule() {
        super.exitRule();
        open--;
    }

    @Override
    public void enterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence) {
        open++;
        chainedAtEntry.push(chained);
        check();
        super.enterRecursionRule(localctx, state, ruleIndex, precedence);
    }

    @Override
    public void pushNewRecursionContext(ParserRuleContext localctx, int state, int ruleIndex) {
        chained++;
        check();
        super.pushNewRecursionContext(localctx, state, ruleIndex);
    }

    @Override
    public void unrollRecursionContexts(ParserRuleContext parentctx) {
        super.unrollRecursionContexts(parentctx);
        open--;
        chained = chainedAtEntry.pop();
    }

    /** Starts over, for the second (full LL) pass over the same tokens; also called by the constructor. */
    @Override
    public void reset() {
        super.reset();
        open = 0;
        chained = 0;
        chainedAtEntry = new ArrayDeque<>();
    }

    /** Refuses tokens whose parentheses nest deeper than {@link #MAX_PARENTHESES}, before parsing them. */
    static void checkParentheses(List<Token> tokens) {
        int depth = 0;
        for (Token t : tokens) {
            if (t.getText().equals("(") && ++depth > MAX_PARENTHESES) {
                throw SyntaxErrors.at(
                        t, "query nested too deeply", "nest parentheses at most " + MAX_PARENTHESES + " deep");
            } else if (t.getText().equals(")")) {
                depth--;
            }
        }
    }

    private void check() {
        if (open + chained > MAX_DEPTH) {
            throw SyntaxErrors.at(
                    getCurrentToken(),
                    "query nested too deeply",
                    "nest parentheses, function calls, CASE expressions, subqueries and chained operators"
                            + " less deeply (at most " + MAX_DEPTH + " grammar levels)");
        }
    }
}
