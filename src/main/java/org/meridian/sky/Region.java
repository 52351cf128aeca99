// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import java.util.List;

/**
 * A region of the sky as the protocols describe them (DALI POS, STC-S, ADQL, WKT). ICRS degrees
 * throughout. Text forms are read by {@link RegionParser}.
 */
public sealed interface Region permits Region.Point, Region.Circle, Region.PolygonRegion, Region.Range {

    /** True when the position lies in the region. */
    boolean contains(double ra, double dec);

    /** A circle containing the whole region. */
    BoundingCircle boundingCircle();

    /** True when the region and the circle (radius in degrees) share at least one point. */
    boolean intersectsCircle(double ra, double dec, double radiusDeg);

    /** Nested HEALPix ranges at {@code order} covering the region (a superset of it). */
    default RangeSet cover(int order) {
        return HealpixRanges.cover(
                (centre, radiusRad) -> {
                    double[] c = centre.toRaDec();
                    return intersectsCircle(c[0], c[1], Math.toDegrees(radiusRad));
                },
                order);
    }

    /** Parses DALI POS, STC-S or WKT text; see {@link RegionParser#parse(String)}. */
    static Region parse(String text) {
        return RegionParser.parse(text);
    }

    /** Positions closer than this (degrees, about 0.4 micro-arcseconds) are the same point. */
    double SAME_POINT = 1e-10;

    /** A single position. */
    record Point(double ra, double dec) implements Region {
        public Point {
            checkPosition(ra, dec);
            ra = Angles.wrap360(ra);
        }

        /** A point answers as the tiny cone of positions that count as the same point. */
        private Circle sameAs() {
            return new Circle(ra, dec, SAME_POINT);
        }

        @Override
        public boolean contains(double pointRa, double pointDec) {
            return sameAs().contains(pointRa, pointDec);
        }

        @Override
        public BoundingCircle boundingCircle() {
            return sameAs().boundingCircle();
        }

        @Override
        public boolean intersectsCircle(double cra, double cdec, double radiusDeg) {
            return sameAs().intersectsCircle(cra, cdec, radiusDeg);
        }
    }

    /** A cone: all positions within {@code radius} degrees of the centre. */
    record Circle(double ra, double dec, double radius) implements Region {
        public Circle {
            checkPosition(ra, dec);
            if (!(radius > 0 && radius <= 180)) {
                throw new IllegalArgumentException("circle radius must be in (0, 180] degrees, got " + radius);
            }
            ra = Angles.wrap360(ra);
        }

        @Override
        public boolean contains(double pointRa, double pointDec) {
            return Spherical.distanceDeg(ra, dec, pointRa, pointDec) <= radius;
        }

        @Override
        public BoundingCircle boundingCircle() {
            return new BoundingCircle(ra, dec, radius);
        }

        @Override
        public boolean intersectsCircle(double cra, double cdec, double radiusDeg) {
            return Spherical.distanceDeg(ra, dec, cra, cdec) <= radius + radiusDeg;
        }

        @Override
        public RangeSet cover(int order) {
            return HealpixRanges.cone(ra, dec, radius, order);
        }
    }

    /** The regions that are a spherical polygon and answer every question with it. */
    sealed interface PolygonRegion extends Region permits Box, Polygon {
        SphericalPolygon polygon();

        @Override
        default boolean contains(double pointRa, double pointDec) {
            return polygon().contains(pointRa, pointDec);
        }

        @Override
        default BoundingCircle boundingCircle() {
            return polygon().boundingCircle();
        }

        @Override
        default boolean intersectsCircle(double cra, double cdec, double radiusDeg) {
            return polygon().intersectsCircle(cra, cdec, radiusDeg);
        }
    }

    /**
     * An STC box: a quadrilateral with great-circle sides, centred on (ra, dec), whose sides cross the
     * centre's meridian {@code height/2} north and south of it and the great circle through the centre
     * perpendicular to that meridian {@code width/2} east and west of it. That is the rectangle of the
     * tangent plane at the centre, which is how STC defines a box.
     */
    record Box(double ra, double dec, double width, double height, SphericalPolygon polygon) implements PolygonRegion {
        // The polygon is derived from the other components; equals and hashCode compare the same
        // vertices either way, because SphericalPolygon compares its vertices.
        public Box {
            checkPosition(ra, dec);
            if (!(width > 0 && width < 180) || !(height > 0 && height < 180)) {
                throw new IllegalArgumentException(
                        "box width and height must be in (0, 180) degrees, got " + width + " x " + height);
            }
            ra = Angles.wrap360(ra);
        }

        public Box(double ra, double dec, double width, double height) {
            this(ra, dec, width, height, corners(ra, dec, width, height));
        }

        private static SphericalPolygon corners(double ra, double dec, double width, double height) {
            checkPosition(ra, dec);
            // Corners of the tangent-plane rectangle, mapped back to the sphere by a gnomonic WCS.
            Wcs tangent = new Wcs(Wcs.Projection.TAN, Angles.wrap360(ra), dec, 0, 0, new double[] {1, 0, 0, 1});
            double x = Math.toDegrees(Math.tan(Math.toRadians(width / 2)));
            double y = Math.toDegrees(Math.tan(Math.toRadians(height / 2)));
            return SphericalPolygon.of(List.of(
                    tangent.pixelToSky(x, y),
                    tangent.pixelToSky(-x, y),
                    tangent.pixelToSky(-x, -y),
                    tangent.pixelToSky(x, -y)));
        }
    }

    /** A polygon with great-circle edges. */
    record Polygon(SphericalPolygon polygon) implements PolygonRegion {
        public static Polygon of(List<double[]> vertices) {
            return new Polygon(SphericalPolygon.of(vertices));
        }

        public List<double[]> vertices() {
            return polygon.vertices();
        }
    }

    /**
     * A DALI POS RANGE: right ascension from {@code ra1} eastwards to {@code ra2} (through 0 when
     * {@code ra1 > ra2}) and declination from {@code dec1} to {@code dec2}. Sides of constant RA are
     * great circles, sides of constant Dec are small circles.
     */
    record Range(double ra1, double ra2, double dec1, double dec2) implements Region {
        public Range {
            if (!Double.isFinite(ra1) || !Double.isFinite(ra2) || ra1 < 0 || ra1 > 360 || ra2 < 0 || ra2 > 360) {
                throw new IllegalArgumentException(
                        "RANGE right ascensions must be in [0, 360], got " + ra1 + " " + ra2);
            }
            if (!(dec1 >= -90 && dec2 <= 90 && dec1 <= dec2)) {
                throw new IllegalArgumentException(
                        "RANGE declinations must satisfy -90 <= dec1 <= dec2 <= 90, got " + dec1 + " " + dec2);
            }
        }

        /** The RA extent in degrees, eastwards from ra1 to ra2. */
        public double width() {
            if (ra2 - ra1 == 360) {
                return 360;
            }
            double w = Angles.wrap360(ra2 - ra1);
            return w == 0 && ra1 != ra2 ? 360 : w;
        }

        @Override
        public boolean contains(double ra, double dec) {
            return dec >= dec1 && dec <= dec2 && raInside(ra);
        }

        boolean raInside(double ra) {
            return Angles.wrap360(ra - ra1) <= width() || width() >= 360;
        }

        @Override
        public BoundingCircle boundingCircle() {
            return RangeGeometry.boundingCircle(this);
        }

        @Override
        public boolean intersectsCircle(double ra, double dec, double radiusDeg) {
            return RangeGeometry.distanceDeg(this, ra, dec) <= radiusDeg;
        }
    }

    private static void checkPosition(double ra, double dec) {
        if (!Double.isFinite(ra) || !(dec >= -90 && dec <= 90)) {
            throw new IllegalArgumentException("bad position ra=" + ra + " dec=" + dec + " (need -90 <= dec <= 90)");
        }
    }
}
