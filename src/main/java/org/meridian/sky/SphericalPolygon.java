// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import java.util.ArrayList;
import java.util.List;

/**
 * A simple polygon on the sky whose edges are great-circle arcs (the shorter arc between consecutive
 * vertices), prepared once for repeated tests. The polygon must fit inside a hemisphere; its inside is
 * then the smaller of the two regions its boundary separates, whatever the vertex order. All the
 * geometry is done on unit vectors, so RA 0/360 and the poles need no special cases.
 */
public final class SphericalPolygon {

    private final Vector3[] vertices;
    private final Vector3[] edgeNormals; // unit normals of the edges' great circles, vertex i → i+1
    private final BoundingCircle bounds;
    private final Vector3 boundsCentre;
    private final Vector3 outsidePoint;

    private SphericalPolygon(List<double[]> raDec) {
        List<Vector3> vs = new ArrayList<>();
        for (double[] p : raDec) {
            if (p == null || p.length != 2 || !Double.isFinite(p[0]) || !(p[1] >= -90 && p[1] <= 90)) {
                throw new IllegalArgumentException("bad polygon vertex " + java.util.Arrays.toString(p));
            }
            vs.add(Vector3.ofRaDec(p[0], p[1]));
        }
        // A closing vertex that repeats the first one is redundant.
        if (vs.size() > 1 && vs.getFirst().angleTo(vs.getLast()) < 1e-15) {
            vs.removeLast();
        }
        if (vs.size() < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 distinct vertices, got " + vs.size());
        }
        int n = vs.size();
        vertices = vs.toArray(Vector3[]::new);
        edgeNormals = new Vector3[n];
        for (int i = 0; i < n; i++) {
            Vector3 a = vertices[i];
            Vector3 b = vertices[(i + 1) % n];
            Vector3 normal = a.cross(b);
            if (normal.norm() < 1e-15) {
                throw new IllegalArgumentException("polygon edge " + i + " joins identical or antipodal vertices");
            }
            edgeNormals[i] = normal.unit();
        }
        boundsCentre = boundaryMidpoint();
        double radius = 0;
        for (int i = 0; i < n; i++) {
            radius = Math.max(radius, farthestOnEdge(boundsCentre, i));
        }
        if (radius >= 90) {
            throw new IllegalArgumentException(
                    "polygon does not fit in a hemisphere (bounding radius " + Math.toDegrees(radius) + " deg)");
        }
        double[] c = boundsCentre.toRaDec();
        bounds = new BoundingCircle(c[0], c[1], Math.min(180, Math.toDegrees(radius) * (1 + 1e-12) + 1e-12));
        outsidePoint = pointOutside();
    }

    /** A polygon from {ra, dec} vertices in degrees, in order, with or without the first repeated. */
    public static SphericalPolygon of(List<double[]> vertices) {
        if (vertices == null) {
            throw new IllegalArgumentException("polygon vertices are missing");
        }
        return new SphericalPolygon(vertices);
    }

    /** A polygon from a flat list ra1, dec1, ra2, dec2, ... in degrees. */
    public static SphericalPolygon ofFlat(double... raDec) {
        if (raDec.length % 2 != 0) {
            throw new IllegalArgumentException("polygon needs an even number of coordinates, got " + raDec.length);
        }
        List<double[]> vs = new ArrayList<>();
        for (int i = 0; i < raDec.length; i += 2) {
            vs.add(new double[] {raDec[i], raDec[i + 1]});
        }
        return of(vs);
    }

    /** The vertices as {ra, dec} in degrees (without a repeated closing vertex). */
    public List<double[]> vertices() {
        List<double[]> out = new ArrayList<>(vertices.length);
        for (Vector3 v : vertices) {
            out.add(v.toRaDec());
        }
        return out;
    }

    /** A circle containing every vertex and every point of every edge. */
    public BoundingCircle boundingCircle() {
        return bounds;
    }

    /** True when the position is inside (points exactly on an edge may go either way). */
    public boolean contains(double ra, double dec) {
        return contains(Vector3.ofRaDec(ra, dec));
    }

    boolean contains(Vector3 p) {
        if (p.dot(boundsCentre) < Math.cos(Math.toRadians(bounds.radius()))) {
            return false;
        }
        // Even-odd rule: count edge crossings of the arc from p to a point known to be outside. That
        // arc is undefined if p is the outside point's antipode; then go round the other way.
        Vector3 q = p.cross(outsidePoint).norm() > 1e-9 ? outsidePoint : boundsCentre.times(-1);
        boolean inside = false;
        for (int i = 0; i < vertices.length; i++) {
            if (arcsCross(p, q, vertices[i], vertices[(i + 1) % vertices.length])) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The smallest angular distance in degrees from a position to the polygon's boundary. */
    public double distanceToBoundaryDeg(double ra, double dec) {
        Vector3 p = Vector3.ofRaDec(ra, dec);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < vertices.length; i++) {
            best = Math.min(best, nearestOnEdge(p, i));
        }
        return Math.toDegrees(best);
    }

    /** True when the polygon and the circle (radius in degrees) share at least one point. */
    public boolean intersectsCircle(double ra, double dec, double radiusDeg) {
        if (Spherical.distanceDeg(ra, dec, bounds.ra(), bounds.dec()) > radiusDeg + bounds.radius()) {
            return false;
        }
        return contains(ra, dec) || distanceToBoundaryDeg(ra, dec) <= radiusDeg;
    }

    /** True when the two polygons share at least one point. */
    public boolean intersects(SphericalPolygon other) {
        if (!bounds.intersects(other.bounds)) {
            return false;
        }
        if (contains(other.vertices[0]) || other.contains(vertices[0])) {
            return true;
        }
        for (int i = 0; i < vertices.length; i++) {
            Vector3 a = vertices[i];
            Vector3 b = vertices[(i + 1) % vertices.length];
            for (int j = 0; j < other.vertices.length; j++) {
                if (arcsCross(a, b, other.vertices[j], other.vertices[(j + 1) % other.vertices.length])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The solid angle enclosed, in steradians. */
    public double areaSteradians() {
        return Math.abs(signedArea());
    }

    /** The area in square degrees. */
    public double areaSquareDegrees() {
        return areaSteradians() * Math.toDegrees(1) * Math.toDegrees(1);
    }

    /**
     * The centroid {ra, dec}: the direction of the mean position vector over the polygon's surface.
     * By Stokes' theorem that integral is half the sum, over the edges, of each edge's length times
     * its unit normal, so no surface sampling is needed.
     */
    public double[] centroid() {
        Vector3 sum = new Vector3(0, 0, 0);
        for (int i = 0; i < vertices.length; i++) {
            double length = vertices[i].angleTo(vertices[(i + 1) % vertices.length]);
            sum = sum.plus(edgeNormals[i].times(length));
        }
        return sum.times(Math.signum(signedArea())).toRaDec();
    }

    /** Sum of signed solid angles of the triangles (centre, v_i, v_i+1), positive if counter-clockwise. */
    private double signedArea() {
        Vector3 c = boundsCentre;
        double total = 0;
        for (int i = 0; i < vertices.length; i++) {
            Vector3 a = vertices[i];
            Vector3 b = vertices[(i + 1) % vertices.length];
            // Solid angle of a spherical triangle (Van Oosterom & Strackee 1983)
            double num = c.dot(a.cross(b));
            double den = 1 + c.dot(a) + a.dot(b) + b.dot(c);
            total += 2 * Math.atan2(num, den);
        }
        return total;
    }

    /** The length-weighted mean of the edge midpoints: a centre that crowded vertices cannot skew. */
    private Vector3 boundaryMidpoint() {
        Vector3 sum = new Vector3(0, 0, 0);
        for (int i = 0; i < vertices.length; i++) {
            Vector3 a = vertices[i];
            Vector3 b = vertices[(i + 1) % vertices.length];
            sum = sum.plus(a.plus(b).unit().times(a.angleTo(b)));
        }
        if (sum.norm() < 1e-12) {
            throw new IllegalArgumentException("polygon does not fit in a hemisphere");
        }
        return sum.unit();
    }

    /**
     * A point farther from the bounds centre than the bounding radius, hence outside. It is off the
     * exact antipode of the centre so that a test point at the centre still defines an arc to it.
     */
    private Vector3 pointOutside() {
        Vector3 c = boundsCentre;
        Vector3 helper = Math.abs(c.z()) < 0.9 ? new Vector3(0, 0, 1) : new Vector3(1, 0, 0);
        Vector3 side = c.cross(helper).unit();
        // about 2.9 degrees from the antipode of the centre; the bounding radius is under 90
        return c.times(-1).plus(side.times(0.05)).unit();
    }

    /** The largest angle in radians from p to a point of edge i. */
    private double farthestOnEdge(Vector3 p, int i) {
        Vector3 a = vertices[i];
        Vector3 b = vertices[(i + 1) % vertices.length];
        double best = Math.max(p.angleTo(a), p.angleTo(b));
        // The farthest point of the whole great circle from p is nearest to -p.
        Vector3 q = p.times(-1);
        Vector3 n = edgeNormals[i];
        Vector3 onCircle = q.minus(n.times(q.dot(n)));
        if (onCircle.norm() > 1e-15 && onArc(onCircle, a, b, n)) {
            best = Math.max(best, p.angleTo(onCircle));
        }
        return best;
    }

    /** The smallest angle in radians from p to a point of edge i. */
    private double nearestOnEdge(Vector3 p, int i) {
        Vector3 a = vertices[i];
        Vector3 b = vertices[(i + 1) % vertices.length];
        Vector3 n = edgeNormals[i];
        Vector3 onCircle = p.minus(n.times(p.dot(n)));
        if (onCircle.norm() > 1e-15 && onArc(onCircle, a, b, n)) {
            return p.angleTo(onCircle);
        }
        return Math.min(p.angleTo(a), p.angleTo(b));
    }

    /** True when x (on the great circle with normal n = a×b) lies on the shorter arc from a to b. */
    private static boolean onArc(Vector3 x, Vector3 a, Vector3 b, Vector3 n) {
        return a.cross(x).dot(n) >= 0 && x.cross(b).dot(n) >= 0;
    }

    /** True when the shorter arcs pq and ab cross. */
    static boolean arcsCross(Vector3 p, Vector3 q, Vector3 a, Vector3 b) {
        Vector3 n1 = p.cross(q);
        Vector3 n2 = a.cross(b);
        double sa = n1.dot(a);
        double sb = n1.dot(b);
        double sp = n2.dot(p);
        double sq = n2.dot(q);
        // Each arc's endpoints must lie on opposite sides of the other's great circle ...
        if (sa * sb > 0 || sp * sq > 0) {
            return false;
        }
        // ... and both arcs must meet the same one of the two antipodal points where their great
        // circles cross. A point of a shorter arc lies within 90 degrees of the arc's midpoint.
        Vector3 x = n1.cross(n2);
        return x.dot(p.plus(q)) * x.dot(a.plus(b)) > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SphericalPolygon p && java.util.Arrays.equals(p.vertices, vertices);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(vertices);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("SphericalPolygon[");
        for (Vector3 v : vertices) {
            double[] p = v.toRaDec();
            b.append(b.length() > 17 ? ", " : "").append(p[0]).append(' ').append(p[1]);
        }
        return b.append(']').toString();
    }
}
