// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.meridian.dialect.tap.adql.ast.AstDepth;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.grammar.AdqlLexer;

/**
 * Parses ADQL 2.1 into a {@link Query}. User-defined functions are accepted when the given
 * predicate knows their (lower-case) name; the default knows the ivo_* functions this service
 * translates.
 */
public final class AdqlParser {
    /**
     * How deep the AST may nest: the checks, rewrites and printing after the parser recurse once
     * (three to four frames) per level and ran out of a virtual thread's stack at 600 to 800
     * levels when measured; real queries stay within a few dozen.
     */
    static final int MAX_AST_DEPTH = 250;

    /** The user-defined functions the SQL translation implements. */
    public static final Set<String> SUPPORTED_USER_FUNCTIONS =
            Set.of("ivo_healpix_index", "ivo_hasword", "ivo_epoch_prop");

    private final Predicate<String> userFunctions;

    public AdqlParser() {
        this(SUPPORTED_USER_FUNCTIONS::contains);
    }

    public AdqlParser(Predicate<String> userFunctions) {
        this.userFunctions = userFunctions;
    }

    /** Parses with the default set of user-defined functions. */
    public static Query parse(String adql) {
        return new AdqlParser().parseQuery(adql);
    }

    public Query parseQuery(String adql) {
        if (adql == null || adql.isBlank())
            throw new AdqlSyntaxException("empty query", 1, 1, "write SELECT ... FROM ...");
        refuseNul(adql);
        var tree = parseTree(adql);
        Query query =
                new AstBuilder(new Functions(name -> userFunctions.test(name.toLowerCase(Locale.ROOT)))).query(tree);
        // Valid ADQL, but deeper than the translation goes; no one token is to blame.
        if (AstDepth.exceeds(query, MAX_AST_DEPTH))
            throw new AdqlTranslationException("query nested too deeply: nest functions, operators, CASE expressions"
                    + " and subqueries at most " + MAX_AST_DEPTH + " levels deep");
        return query;
    }

    /**
     * A NUL character can be in no PostgreSQL text, and in SQL text it cuts the statement short
     * mid-message, which breaks the connection; whether in a string, a name or a comment, it is
     * refused here, whichever way the query arrived (form, multipart part, stored async job).
     */
    private static void refuseNul(String adql) {
        int at = adql.indexOf('\0');
        if (at < 0) return;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (adql.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        throw new AdqlSyntaxException("NUL character (U+0000) in the query", line, at - lineStart + 1, "remove it");
    }

    /**
     * Two-stage parsing: the fast SLL mode almost always suffices; only on failure is the input
     * re-parsed in full LL mode, which also produces the precise error.
     */
    private static org.meridian.dialect.tap.adql.grammar.AdqlParser.QueryContext parseTree(String adql) {
        var lexer = new AdqlLexer(CharStreams.fromString(adql));
        lexer.removeErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.fill();
        DepthLimitedParser.checkParentheses(tokens.getTokens());
        var parser = new DepthLimitedParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.query();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(new SyntaxErrorListener());
            return parser.query();
        }
    }
}
