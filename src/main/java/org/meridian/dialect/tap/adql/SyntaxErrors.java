// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Builds {@link AdqlSyntaxException}s positioned at a token or a parse-tree node. */
final class SyntaxErrors {
    private SyntaxErrors() {}

    static AdqlSyntaxException at(Token token, String message, String hint) {
        return new AdqlSyntaxException(message, token.getLine(), token.getCharPositionInLine() + 1, hint);
    }

    static AdqlSyntaxException at(ParserRuleContext node, String message, String hint) {
        return at(node.getStart(), message, hint);
    }
}
