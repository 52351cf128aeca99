// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.util.List;
import org.meridian.sky.Region;
import org.meridian.sky.RegionParser;

/** The WKT shapes the archive's spatial filters take ({@code POINT}, one-ring {@code POLYGON}), read by the sky package. */
public final class Wkt {

    private Wkt() {}

    /** A point in degrees, RA in [0, 360). */
    public record Point(double ra, double dec) {}

    /** {@code covers}: exactly a point. */
    public static Point point(String wkt) {
        Region region;
        try {
            region = RegionParser.parseWkt(wkt);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Point must be specified with exact format 'POINT(RA DEC)'", e);
        }
        if (!(region instanceof Region.Point p)) {
            throw new IllegalArgumentException("Point must be specified with exact format 'POINT(RA DEC)'");
        }
        return new Point(((p.ra() % 360) + 360) % 360, p.dec());
    }

    /** {@code intersects}: a polygon's vertices ({ra, dec}), or one vertex for a point. */
    public static List<double[]> polygon(String wkt) {
        return switch (RegionParser.parseWkt(wkt)) {
            case Region.Point p -> List.<double[]>of(new double[] {p.ra(), p.dec()});
            case Region.Polygon p -> p.polygon().vertices();
            default -> throw new IllegalArgumentException("Geometry must be a WKT POINT or POLYGON");
        };
    }
}
