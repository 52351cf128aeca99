// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.meridian.dialect.tap.adql.AdqlTranslationException;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.Literal;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Box;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Circle;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Point;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Polygon;

/**
 * Reads the STC-S literal of an ADQL REGION into the equivalent geometry constructor:
 * {@code POSITION|CIRCLE|BOX|POLYGON [frame] [refpos] [flavor] numbers...}, ICRS (or no frame) only.
 */
final class StcsRegion {
    private static final Set<String> ICRS_WORDS =
            Set.of("ICRS", "UNKNOWNFRAME", "BARYCENTER", "GEOCENTER", "TOPOCENTER", "UNKNOWNREFPOS", "SPHERICAL2");

    private StcsRegion() {}

    static Expression parse(String text) {
        String[] words = text.trim().split("\\s+");
        String shape = words[0].toUpperCase(Locale.ROOT);
        List<Expression> numbers = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (numbers.isEmpty() && !isNumber(w)) {
                if (!ICRS_WORDS.contains(w.toUpperCase(Locale.ROOT)))
                    throw new AdqlTranslationException(
                            "REGION: only ICRS is supported, not '" + w + "' in '" + text + "'");
                continue;
            }
            if (!isNumber(w))
                throw new AdqlTranslationException("REGION: '" + w + "' is not a number in '" + text + "'");
            numbers.add(
                    w.startsWith("-")
                            ? new Expression.Unary(Expression.UnaryOperator.NEGATE, number(w.substring(1)))
                            : number(w));
        }
        int n = numbers.size();
        return switch (shape) {
            case "POSITION" -> n == 2 ? new Point(null, numbers.get(0), numbers.get(1)) : bad(text);
            case "CIRCLE" -> n == 3 ? new Circle(null, numbers.get(0), numbers.get(1), numbers.get(2)) : bad(text);
            case "BOX" ->
                n == 4 ? new Box(null, numbers.get(0), numbers.get(1), numbers.get(2), numbers.get(3)) : bad(text);
            case "POLYGON" -> n >= 6 && n % 2 == 0 ? new Polygon(null, numbers) : bad(text);
            default ->
                throw new AdqlTranslationException(
                        "REGION: shape '" + words[0] + "' is not supported; use POSITION, CIRCLE, BOX or POLYGON");
        };
    }

    private static boolean isNumber(String w) {
        try {
            Double.parseDouble(w);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Literal number(String w) {
        return new Literal(Literal.Kind.REAL, w);
    }

    private static Expression bad(String text) {
        throw new AdqlTranslationException("REGION: wrong number of coordinates in '" + text + "'");
    }
}
