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
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.grammar.AdqlLexer;

/**
 * Parses ADQL 2.1 into a {@link Query}. User-defined functions are accepted when the given
 * predicate knows their (lower-case) name; the default knows the ivo_* functions this service
 * translates.
 */
public final class AdqlParser {
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
        var tree = parseTree(adql);
        return new AstBuilder(new Functions(name -> userFunctions.test(name.toLowerCase(Locale.ROOT)))).query(tree);
    }

    /**
     * Two-stage parsing: the fast SLL mode almost always suffices; only on failure is the input
     * re-parsed in full LL mode, which also produces the precise error.
     */
    private static org.meridian.dialect.tap.adql.grammar.AdqlParser.QueryContext parseTree(String adql) {
        var lexer = new AdqlLexer(CharStreams.fromString(adql));
        lexer.removeErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        var parser = new org.meridian.dialect.tap.adql.grammar.AdqlParser(tokens);
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
