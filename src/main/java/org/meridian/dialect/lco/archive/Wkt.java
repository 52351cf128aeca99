// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two WKT shapes the archive's spatial filters take: {@code POINT(ra dec)} and a one-ring {@code POLYGON}. */
public final class Wkt {

    private static final String NUMBER = "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern POINT =
            Pattern.compile("\\s*POINT\\s*\\(\\s*(" + NUMBER + ")\\s+(" + NUMBER + ")\\s*\\)\\s*");
    private static final Pattern POLYGON = Pattern.compile("\\s*POLYGON\\s*\\(\\s*\\(([^()]*)\\)\\s*\\)\\s*");

    private Wkt() {}

    /** A point in degrees. */
    public record Point(double ra, double dec) {}

    public static Point point(String wkt) {
        Matcher m = POINT.matcher(wkt.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("Point must be specified with exact format 'POINT(RA DEC)'");
        }
        return checked(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
    }

    /** A polygon's vertices ({ra, dec}), with a closing vertex that repeats the first dropped. */
    public static List<double[]> polygon(String wkt) {
        String upper = wkt.toUpperCase(Locale.ROOT);
        if (POINT.matcher(upper).matches()) {
            Point p = point(wkt);
            return List.of(new double[] {p.ra(), p.dec()});
        }
        Matcher m = POLYGON.matcher(upper);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "Geometry must be a WKT 'POINT(RA DEC)' or 'POLYGON((RA DEC, RA DEC, ...))' in degrees");
        }
        List<double[]> vertices = new ArrayList<>();
        for (String pair : m.group(1).split(",")) {
            String[] xy = pair.trim().split("\\s+");
            if (xy.length != 2 || !xy[0].matches(NUMBER) || !xy[1].matches(NUMBER)) {
                throw new IllegalArgumentException("Polygon vertex '" + pair.trim() + "' is not 'RA DEC'");
            }
            Point p = checked(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
            vertices.add(new double[] {p.ra(), p.dec()});
        }
        if (vertices.size() > 1) {
            double[] first = vertices.getFirst();
            double[] last = vertices.getLast();
            if (first[0] == last[0] && first[1] == last[1]) {
                vertices.removeLast();
            }
        }
        if (vertices.size() < 3) {
            throw new IllegalArgumentException("A polygon needs at least 3 distinct vertices");
        }
        return vertices;
    }

    private static Point checked(double ra, double dec) {
        if (!Double.isFinite(ra) || !(dec >= -90 && dec <= 90)) {
            throw new IllegalArgumentException("Coordinates out of range: RA " + ra + ", Dec " + dec);
        }
        return new Point(((ra % 360) + 360) % 360, dec);
    }
}
