// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import java.util.List;
import org.meridian.dialect.tap.adql.ast.Identifier;
import org.meridian.dialect.tap.adql.grammar.AdqlParser.ColumnReferenceContext;
import org.meridian.dialect.tap.adql.grammar.AdqlParser.IdentifierContext;
import org.meridian.dialect.tap.adql.grammar.AdqlParser.TableNameContext;

/** Builds identifiers, rejecting unquoted reserved words. */
final class Identifiers {
    private Identifiers() {}

    static Identifier of(IdentifierContext ctx) {
        if (ctx.DELIMITED_ID() != null) {
            String text = ctx.getText();
            return new Identifier(
                    text.substring(1, text.length() - 1).replace("\"\"", "\""), true, line(ctx), column(ctx));
        }
        String name = ctx.getText();
        if (ReservedWords.isReserved(name))
            throw SyntaxErrors.at(
                    ctx,
                    "'" + name + "' is a reserved word",
                    "reserved word '" + name + "' must be quoted as \"" + name + "\"");
        return new Identifier(name, false, line(ctx), column(ctx));
    }

    private static int line(IdentifierContext ctx) {
        return ctx.getStart().getLine();
    }

    private static int column(IdentifierContext ctx) {
        return ctx.getStart().getCharPositionInLine() + 1;
    }

    static List<Identifier> names(TableNameContext ctx) {
        return ctx.identifier().stream().map(Identifiers::of).toList();
    }

    static List<Identifier> names(ColumnReferenceContext ctx) {
        return ctx.identifier().stream().map(Identifiers::of).toList();
    }
}
