// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the text forms of sky regions:
 *
 * <ul>
 *   <li>DALI POS: {@code CIRCLE ra dec r}, {@code RANGE ra1 ra2 dec1 dec2}, {@code POLYGON ra1 dec1
 *       ra2 dec2 ...} (SIA2, SSA, SODA);
 *   <li>STC-S: {@code Circle ICRS ra dec r}, {@code Box ICRS ra dec w h}, {@code Polygon ICRS ...},
 *       {@code Position ICRS ra dec} (ObsCore s_region, TAP);
 *   <li>WKT: {@code POINT(ra dec)}, {@code POLYGON((ra dec, ra dec, ...))} (LCO archive).
 * </ul>
 *
 * All in degrees, ICRS. Any problem is reported as an {@link IllegalArgumentException} whose message
 * quotes the input.
 */
public final class RegionParser {

    /** Frame words accepted in STC-S; FK5 J2000 and ICRS agree to well below archive precision. */
    private static final Set<String> FRAMES = Set.of("ICRS", "FK5", "J2000", "UNKNOWNFRAME");

    /** Reference positions and flavours that may follow the frame in STC-S and change nothing here. */
    private static final Set<String> IGNORED_WORDS =
            Set.of("GEOCENTER", "BARYCENTER", "HELIOCENTER", "TOPOCENTER", "LSR", "UNKNOWNREFPOS", "SPHERICAL2");

    private static final Set<String> UNSUPPORTED_FRAMES =
            Set.of("FK4", "B1950", "GALACTIC", "GALACTIC_II", "ECLIPTIC", "SUPER_GALACTIC", "GEO_C", "GEO_D");

    private RegionParser() {}

    /** Parses any of the three forms, told apart by parentheses (WKT) or a frame word (STC-S). */
    public static Region parse(String text) {
        String s = require(text);
        if (s.indexOf('(') >= 0) {
            return parseWkt(s);
        }
        String[] tokens = s.split("\\s+");
        String shape = tokens[0].toUpperCase(Locale.ROOT);
        boolean stcsOnly = shape.equals("BOX") || shape.equals("POSITION");
        boolean hasWord = tokens.length > 1 && Character.isLetter(tokens[1].charAt(0));
        return stcsOnly || hasWord ? parseStcs(s) : parseDaliPos(s);
    }

    /** Parses a DALI POS value. */
    public static Region parseDaliPos(String text) {
        String s = require(text);
        String[] tokens = s.split("\\s+");
        String shape = tokens[0].toUpperCase(Locale.ROOT);
        double[] n = numbers(tokens, 1, text, true);
        try {
            return switch (shape) {
                case "CIRCLE" -> {
                    count(n, 3, "CIRCLE ra dec radius", text);
                    yield new Region.Circle(n[0], n[1], n[2]);
                }
                case "RANGE" -> {
                    count(n, 4, "RANGE ra1 ra2 dec1 dec2", text);
                    // DALI allows open ends written as -Inf / +Inf
                    yield new Region.Range(
                            openEnd(n[0], 0, 360),
                            openEnd(n[1], 0, 360),
                            openEnd(n[2], -90, 90),
                            openEnd(n[3], -90, 90));
                }
                case "POLYGON" -> polygon(n, text);
                default ->
                    throw new IllegalArgumentException(
                            "unknown shape '" + tokens[0] + "' (expected CIRCLE, RANGE or POLYGON)");
            };
        } catch (IllegalArgumentException e) {
            throw wrap(text, e);
        }
    }

    /** Parses an STC-S region: a shape, optional frame, reference position and flavour, then numbers. */
    public static Region parseStcs(String text) {
        String s = require(text);
        String[] tokens = s.split("\\s+");
        String shape = tokens[0].toUpperCase(Locale.ROOT);
        int i = 1;
        while (i < tokens.length && Character.isLetter(tokens[i].charAt(0))) {
            String word = tokens[i].toUpperCase(Locale.ROOT);
            if (UNSUPPORTED_FRAMES.contains(word)) {
                throw new IllegalArgumentException(
                        "region '" + text + "': frame " + tokens[i] + " is not supported (use ICRS)");
            }
            if (!FRAMES.contains(word) && !IGNORED_WORDS.contains(word)) {
                throw new IllegalArgumentException("region '" + text + "': unexpected word '" + tokens[i] + "'");
            }
            i++;
        }
        double[] n = numbers(tokens, i, text, false);
        try {
            return switch (shape) {
                case "CIRCLE" -> {
                    count(n, 3, "Circle ICRS ra dec radius", text);
                    yield new Region.Circle(n[0], n[1], n[2]);
                }
                case "BOX" -> {
                    count(n, 4, "Box ICRS ra dec width height", text);
                    yield new Region.Box(n[0], n[1], n[2], n[3]);
                }
                case "POSITION" -> {
                    count(n, 2, "Position ICRS ra dec", text);
                    yield new Region.Point(n[0], n[1]);
                }
                case "POLYGON" -> polygon(n, text);
                case "UNION", "INTERSECTION", "NOT", "DIFFERENCE", "CONVEX" ->
                    throw new IllegalArgumentException("compound shape " + tokens[0] + " is not supported");
                default ->
                    throw new IllegalArgumentException(
                            "unknown shape '" + tokens[0] + "' (expected Circle, Box, Polygon or Position)");
            };
        } catch (IllegalArgumentException e) {
            throw wrap(text, e);
        }
    }

    /** Parses WKT {@code POINT(ra dec)} or a single-ring {@code POLYGON((ra dec, ...))}. */
    public static Region parseWkt(String text) {
        String s = require(text);
        int open = s.indexOf('(');
        if (open < 0 || !s.endsWith(")")) {
            throw new IllegalArgumentException("region '" + text + "': WKT needs parentheses, e.g. POINT(10 20)");
        }
        String shape = s.substring(0, open).trim().toUpperCase(Locale.ROOT);
        String body = s.substring(open + 1, s.length() - 1).trim();
        try {
            return switch (shape) {
                case "POINT" -> {
                    double[] n = numbers(body.split("\\s+"), 0, text, false);
                    count(n, 2, "POINT(ra dec)", text);
                    yield new Region.Point(n[0], n[1]);
                }
                case "POLYGON" -> {
                    if (!body.startsWith("(") || !body.endsWith(")")) {
                        throw new IllegalArgumentException("expected POLYGON((ra dec, ra dec, ...))");
                    }
                    String ring = body.substring(1, body.length() - 1);
                    if (ring.contains("(") || ring.contains(")")) {
                        throw new IllegalArgumentException("polygons with holes are not supported");
                    }
                    List<double[]> vertices = new ArrayList<>();
                    for (String pair : ring.split(",")) {
                        double[] n = numbers(pair.trim().split("\\s+"), 0, text, false);
                        count(n, 2, "ra dec pairs separated by commas", text);
                        vertices.add(n);
                    }
                    yield Region.Polygon.of(vertices);
                }
                default ->
                    throw new IllegalArgumentException(
                            "unknown WKT shape '" + s.substring(0, open).trim() + "' (expected POINT or POLYGON)");
            };
        } catch (IllegalArgumentException e) {
            throw wrap(text, e);
        }
    }

    private static Region polygon(double[] n, String text) {
        if (n.length < 6 || n.length % 2 != 0) {
            throw new IllegalArgumentException("a polygon needs at least 3 ra dec pairs, got " + n.length + " numbers");
        }
        return new Region.Polygon(SphericalPolygon.ofFlat(n));
    }

    private static String require(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("region is empty");
        }
        return text.trim();
    }

    private static double[] numbers(String[] tokens, int from, String text, boolean allowInfinity) {
        double[] out = new double[tokens.length - from];
        for (int i = from; i < tokens.length; i++) {
            out[i - from] = number(tokens[i], text, allowInfinity);
        }
        return out;
    }

    private static double number(String token, String text, boolean allowInfinity) {
        String t = token.trim();
        if (allowInfinity) {
            switch (t.toLowerCase(Locale.ROOT)) {
                case "-inf", "-infinity" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                case "inf", "+inf", "infinity", "+infinity" -> {
                    return Double.POSITIVE_INFINITY;
                }
                default -> {}
            }
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v) || t.chars().anyMatch(Character::isLetter) && !t.matches(".*[eE].*")) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("region '" + text + "': '" + token + "' is not a number");
        }
    }

    private static void count(double[] n, int expected, String form, String text) {
        if (n.length != expected) {
            throw new IllegalArgumentException(
                    "expected " + expected + " numbers (" + form + "), got " + n.length + ": " + Arrays.toString(n));
        }
    }

    /** An infinite bound stands for the end of the coordinate's range. */
    private static double openEnd(double v, double lo, double hi) {
        return v == Double.NEGATIVE_INFINITY ? lo : v == Double.POSITIVE_INFINITY ? hi : v;
    }

    private static IllegalArgumentException wrap(String text, IllegalArgumentException e) {
        String m = e.getMessage();
        return m != null && m.startsWith("region '")
                ? e
                : new IllegalArgumentException("region '" + text + "': " + m, e);
    }
}
