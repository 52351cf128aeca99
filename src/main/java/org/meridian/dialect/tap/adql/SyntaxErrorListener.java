// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.meridian.dialect.tap.adql.grammar.AdqlLexer;

/** Turns the first ANTLR syntax error into an {@link AdqlSyntaxException} with a hint. */
final class SyntaxErrorListener extends BaseErrorListener {
    @Override
    public void syntaxError(
            Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg, RecognitionException e) {
        Token token = (Token) offending;
        IntervalSet expected = ((Parser) recognizer).getExpectedTokens();
        throw new AdqlSyntaxException(message(token), line, column + 1, hint(token, expected, recognizer));
    }

    private static String message(Token token) {
        if (token.getType() == Token.EOF) return "unexpected end of query";
        if (token.getType() == AdqlLexer.UNEXPECTED) return "unexpected character '" + token.getText() + "'";
        return "unexpected '" + token.getText() + "'";
    }

    private static String hint(Token token, IntervalSet expected, Recognizer<?, ?> recognizer) {
        String text = token.getText();
        if (token.getType() == AdqlLexer.UNEXPECTED) {
            if (text.equals("_")) return "names must start with a letter; quote others, e.g. \"_name\"";
            if (text.equals("'")) return "a string literal is not closed";
            if (text.equals("\"")) return "a delimited identifier is not closed";
        }
        if (expected.contains(AdqlLexer.ID) && isKeyword(token))
            return "reserved word '" + text + "' must be quoted as \"" + text + "\"";
        if (expected.contains(AdqlLexer.FROM) && !expected.contains(AdqlLexer.ID)) return "expected FROM";
        return "expected " + describe(expected, recognizer);
    }

    private static boolean isKeyword(Token token) {
        return token.getType() >= AdqlLexer.ALL && token.getType() <= AdqlLexer.WITH;
    }

    private static String describe(IntervalSet expected, Recognizer<?, ?> recognizer) {
        List<String> names = new ArrayList<>();
        for (int type : expected.toList()) {
            names.add(
                    switch (type) {
                        case AdqlLexer.ID -> "a name";
                        case AdqlLexer.DELIMITED_ID -> "a quoted name";
                        case AdqlLexer.UNSIGNED_INT -> "an integer";
                        case AdqlLexer.STRING -> "a string";
                        case Token.EOF -> "end of query";
                        default -> recognizer.getVocabulary().getDisplayName(type);
                    });
        }
        if (names.size() > 8) return "an expression or one of " + String.join(", ", names.subList(0, 8)) + ", ...";
        return names.size() == 1 ? names.get(0) : "one of " + String.join(", ", names);
    }
}
