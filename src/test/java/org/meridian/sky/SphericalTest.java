// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SphericalTest {

    private static final List<double[]> SQUARE_ON_SEAM =
            List.of(new double[] {359, -1}, new double[] {1, -1}, new double[] {1, 1}, new double[] {359, 1});
    private static final List<double[]> POLAR_SQUARE =
            List.of(new double[] {0, 80}, new double[] {90, 80}, new double[] {180, 80}, new double[] {270, 80});

    @Test
    void distances() {
        assertThat(Spherical.distanceDeg(0, 0, 90, 0)).isCloseTo(90, within(1e-12));
        assertThat(Spherical.distanceDeg(10, 20, 190, -20)).isCloseTo(180, within(1e-12));
        assertThat(Spherical.distanceDeg(359.9, 0, 0.1, 0)).isCloseTo(0.2, within(1e-12));
        assertThat(Spherical.distanceDeg(0, 90, 123, 90)).isCloseTo(0, within(1e-12));
        assertThat(Spherical.distanceDeg(0, 89, 180, 89)).isCloseTo(2, within(1e-12));
        // 1 micro-arcsecond: the cosine formula would return 0 here
        double tiny = 1e-6 / 3600;
        // (coordinates near 0 so that the inputs themselves carry the tiny offset exactly)
        assertThat(Spherical.distanceDeg(10, 0, 10, tiny)).isCloseTo(tiny, within(tiny * 1e-9));
        assertThat(Spherical.distanceDeg(0, 60, tiny, 60)).isCloseTo(tiny / 2, within(tiny * 1e-9));
        // near-antipodal
        assertThat(Spherical.distanceDeg(0, 0, 180, tiny)).isCloseTo(180 - tiny, within(tiny * 1e-3));
    }

    @Test
    void positionAngles() {
        assertThat(Spherical.positionAngleDeg(10, 10, 10, 11)).isCloseTo(0, within(1e-12));
        assertThat(Spherical.positionAngleDeg(10, 10, 11, 10)).isCloseTo(90, within(0.1));
        assertThat(Spherical.positionAngleDeg(10, 10, 10, 9)).isCloseTo(180, within(1e-12));
        assertThat(Spherical.positionAngleDeg(0.5, 0, 359.5, 0)).isCloseTo(270, within(1e-12));
    }

    @Test
    void containsAcrossTheRaSeam() {
        assertThat(Spherical.polygonContains(SQUARE_ON_SEAM, 0, 0)).isTrue();
        assertThat(Spherical.polygonContains(SQUARE_ON_SEAM, 359.5, 0.5)).isTrue();
        assertThat(Spherical.polygonContains(SQUARE_ON_SEAM, 0.9, -0.9)).isTrue();
        assertThat(Spherical.polygonContains(SQUARE_ON_SEAM, 2, 0)).isFalse();
        assertThat(Spherical.polygonContains(SQUARE_ON_SEAM, 358, 0)).isFalse();
        assertThat(Spherical.polygonContains(SQUARE_ON_SEAM, 180, 0)).isFalse();
        assertThat(Spherical.polygonContains(SQUARE_ON_SEAM.reversed(), 0, 0)).isTrue();
        assertThat(Spherical.polygonContains(SQUARE_ON_SEAM.reversed(), 180, 0)).isFalse();
    }

    @Test
    void edgesAreGreatCirclesNotParallels() {
        assertThat(Spherical.polygonContains(POLAR_SQUARE, 0, 90)).isTrue();
        assertThat(Spherical.polygonContains(POLAR_SQUARE, 200, 89)).isTrue();
        // The edge from ra 0 to ra 90 at dec 80 bulges to dec 82.9 at ra 45.
        assertThat(Spherical.polygonContains(POLAR_SQUARE, 45, 83.5)).isTrue();
        assertThat(Spherical.polygonContains(POLAR_SQUARE, 45, 82.5)).isFalse();
        assertThat(Spherical.polygonContains(POLAR_SQUARE, 0, 81)).isTrue();
        assertThat(Spherical.polygonContains(POLAR_SQUARE, 45, -89)).isFalse();
    }

    @Test
    void containsAgreesWithTheConvexSideTest() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            double[] c = randomPosition(rnd);
            double size = 0.01 + rnd.nextDouble() * 40;
            List<double[]> poly = convexPolygon(rnd, c, size, 3 + rnd.nextInt(8));
            List<Vector3> vs =
                    poly.stream().map(v -> Vector3.ofRaDec(v[0], v[1])).toList();
            SphericalPolygon sp = SphericalPolygon.of(poly);
            for (int i = 0; i < 200; i++) {
                double[] p = offset(c, rnd.nextDouble() * size * 1.5, rnd.nextDouble() * 360);
                Vector3 pv = Vector3.ofRaDec(p[0], p[1]);
                int pos = 0;
                int neg = 0;
                for (int k = 0; k < vs.size(); k++) {
                    double s = vs.get(k).cross(vs.get((k + 1) % vs.size())).dot(pv);
                    if (s > 0) {
                        pos++;
                    } else {
                        neg++;
                    }
                }
                boolean expected = pos == vs.size() || neg == vs.size();
                assertThat(sp.contains(p[0], p[1]))
                        .as("trial %d point %d", trial, i)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void areaOfTheOctantIsAnEighthOfTheSphere() {
        List<double[]> octant = List.of(new double[] {0, 0}, new double[] {90, 0}, new double[] {0, 90});
        assertThat(Spherical.polygonAreaSteradians(octant)).isCloseTo(Math.PI / 2, within(1e-12));
        assertThat(Spherical.polygonAreaSteradians(octant.reversed())).isCloseTo(Math.PI / 2, within(1e-12));
        assertThat(Spherical.polygonAreaSquareDegrees(octant)).isCloseTo(41252.96125 / 8, within(1e-4));
        double[] centroid = Spherical.polygonCentroid(octant);
        assertThat(centroid[0]).isCloseTo(45, within(1e-12));
        assertThat(centroid[1]).isCloseTo(Math.toDegrees(Math.atan(1 / Math.sqrt(2))), within(1e-12));
        double[] reversed = Spherical.polygonCentroid(octant.reversed());
        assertThat(reversed[0]).isCloseTo(45, within(1e-12));
    }

    @Test
    void smallSquareAreaAndCentroidOnTheSeam() {
        assertThat(Spherical.polygonAreaSquareDegrees(SQUARE_ON_SEAM)).isCloseTo(4, within(0.01));
        double[] c = Spherical.polygonCentroid(SQUARE_ON_SEAM);
        assertThat(Spherical.distanceDeg(c[0], c[1], 0, 0)).isLessThan(1e-12);
        double[] polar = Spherical.polygonCentroid(POLAR_SQUARE);
        assertThat(polar[1]).isCloseTo(90, within(1e-9));
    }

    @Test
    void areaAndContainsAgreeByMonteCarlo() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            double[] c = randomPosition(rnd);
            List<double[]> poly = starPolygon(rnd, c, 5 + rnd.nextDouble() * 20, 5 + rnd.nextInt(10));
            SphericalPolygon sp = SphericalPolygon.of(poly);
            BoundingCircle b = sp.boundingCircle();
            int n = 40_000;
            int inside = 0;
            Vector3 centre = Vector3.ofRaDec(b.ra(), b.dec());
            double cosR = Math.cos(Math.toRadians(b.radius()));
            for (int i = 0; i < n; i++) {
                // uniform in the cap: z uniform in [cos r, 1]
                double z = cosR + rnd.nextDouble() * (1 - cosR);
                double[] p = offset(b.ra(), b.dec(), Math.toDegrees(Math.acos(z)), rnd.nextDouble() * 360);
                if (sp.contains(p[0], p[1])) {
                    inside++;
                }
            }
            double estimate = Spherical.capAreaSteradians(b.radius()) * inside / n;
            double sigma = Spherical.capAreaSteradians(b.radius()) * Math.sqrt(0.25 / n);
            assertThat(sp.areaSteradians()).as("trial %d", trial).isCloseTo(estimate, within(5 * sigma));
            assertThat(centre.norm()).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void boundingCircleCoversVerticesAndEdges() {
        Random rnd = new Random(9);
        List<List<double[]>> polygons = new ArrayList<>(List.of(SQUARE_ON_SEAM, POLAR_SQUARE));
        for (int i = 0; i < 200; i++) {
            polygons.add(starPolygon(rnd, randomPosition(rnd), 0.001 + rnd.nextDouble() * 50, 3 + rnd.nextInt(9)));
        }
        for (List<double[]> poly : polygons) {
            BoundingCircle b = Spherical.boundingCircle(poly);
            for (int k = 0; k < poly.size(); k++) {
                Vector3 a = Vector3.ofRaDec(poly.get(k)[0], poly.get(k)[1]);
                Vector3 e = Vector3.ofRaDec(poly.get((k + 1) % poly.size())[0], poly.get((k + 1) % poly.size())[1]);
                for (int s = 0; s <= 50; s++) {
                    double[] p = a.times(1 - s / 50.0).plus(e.times(s / 50.0)).toRaDec();
                    assertThat(b.contains(p[0], p[1])).isTrue();
                }
            }
        }
        // The polar square's edges bulge towards the pole, beyond the vertices' own circle.
        BoundingCircle polar = Spherical.boundingCircle(POLAR_SQUARE);
        assertThat(polar.dec()).isCloseTo(90, within(1e-9));
        assertThat(polar.radius()).isCloseTo(10, within(1e-9));
    }

    @Test
    void polygonAndCircle() {
        assertThat(Spherical.polygonIntersectsCircle(SQUARE_ON_SEAM, 0, 0, 0.1)).isTrue(); // inside
        assertThat(Spherical.polygonIntersectsCircle(SQUARE_ON_SEAM, 0, 0, 50)).isTrue(); // covers it
        assertThat(Spherical.polygonIntersectsCircle(SQUARE_ON_SEAM, 2, 0, 0.99))
                .isFalse();
        assertThat(Spherical.polygonIntersectsCircle(SQUARE_ON_SEAM, 2, 0, 1.01))
                .isTrue(); // reaches an edge
        assertThat(Spherical.polygonIntersectsCircle(SQUARE_ON_SEAM, 358, 0, 1.01))
                .isTrue();
        // near a corner: the corner (1, 1) is sqrt(2) deg from (2, 2)
        assertThat(Spherical.polygonIntersectsCircle(SQUARE_ON_SEAM, 2, 2, 1.40))
                .isFalse();
        assertThat(Spherical.polygonIntersectsCircle(SQUARE_ON_SEAM, 2, 2, 1.42))
                .isTrue();
        assertThat(Spherical.polygonIntersectsCircle(POLAR_SQUARE, 45, 80, 2.8)).isFalse();
        assertThat(Spherical.polygonIntersectsCircle(POLAR_SQUARE, 45, 80, 3.0)).isTrue();
    }

    @Test
    void polygonAndPolygon() {
        List<double[]> shifted = shift(SQUARE_ON_SEAM, 1.5, 0);
        List<double[]> far = shift(SQUARE_ON_SEAM, 3, 0);
        List<double[]> small = List.of(new double[] {359.9, -0.1}, new double[] {0.1, -0.1}, new double[] {0, 0.1});
        // a plus sign: two bars crossing, no vertex of either inside the other
        List<double[]> wide = List.of(
                new double[] {357, -0.5}, new double[] {3, -0.5}, new double[] {3, 0.5}, new double[] {357, 0.5});
        List<double[]> tall = List.of(
                new double[] {359.5, -3}, new double[] {0.5, -3}, new double[] {0.5, 3}, new double[] {359.5, 3});
        assertThat(Spherical.polygonsIntersect(SQUARE_ON_SEAM, shifted)).isTrue();
        assertThat(Spherical.polygonsIntersect(SQUARE_ON_SEAM, far)).isFalse();
        assertThat(Spherical.polygonsIntersect(SQUARE_ON_SEAM, small)).isTrue();
        assertThat(Spherical.polygonsIntersect(small, SQUARE_ON_SEAM)).isTrue();
        assertThat(Spherical.polygonsIntersect(wide, tall)).isTrue();
        assertThat(Spherical.polygonsIntersect(POLAR_SQUARE, shift(POLAR_SQUARE, 45, 0)))
                .isTrue();
        assertThat(Spherical.polygonsIntersect(POLAR_SQUARE, SQUARE_ON_SEAM)).isFalse();
    }

    @Test
    void arcsThatShareAGreatCirclePairButNotAPoint() {
        // pq crosses the meridian plane of ab on the far side of the sphere
        Vector3 p = Vector3.ofRaDec(0, 0);
        Vector3 q = Vector3.ofRaDec(10, 0);
        Vector3 a = Vector3.ofRaDec(185, -5);
        Vector3 b = Vector3.ofRaDec(185, 5);
        assertThat(SphericalPolygon.arcsCross(p, q, a, b)).isFalse();
        assertThat(SphericalPolygon.arcsCross(p, q, Vector3.ofRaDec(5, -5), Vector3.ofRaDec(5, 5)))
                .isTrue();
    }

    @Test
    void rejectsBadPolygons() {
        assertThatThrownBy(() -> Spherical.polygonContains(List.of(new double[] {0, 0}, new double[] {1, 1}), 0, 0))
                .hasMessageContaining("at least 3");
        assertThatThrownBy(() -> Spherical.polygonContains(
                        List.of(new double[] {0, 0}, new double[] {120, 0}, new double[] {240, 0}), 0, 0))
                .hasMessageContaining("hemisphere");
        assertThatThrownBy(() -> Spherical.polygonContains(
                        List.of(new double[] {0, 0}, new double[] {1, 95}, new double[] {2, 0}), 0, 0))
                .hasMessageContaining("bad polygon vertex");
        assertThatThrownBy(() -> Spherical.polygonContains(
                        List.of(new double[] {0, 0}, new double[] {0, 0}, new double[] {2, 0}, new double[] {1, 1}),
                        0,
                        0))
                .hasMessageContaining("edge 0");
        // a repeated closing vertex is fine
        List<double[]> closed = new ArrayList<>(SQUARE_ON_SEAM);
        closed.add(SQUARE_ON_SEAM.getFirst());
        assertThat(Spherical.polygonContains(closed, 0, 0)).isTrue();
    }

    static double[] randomPosition(Random rnd) {
        // a third of the cases near a pole or the RA seam, where bugs hide
        return switch (rnd.nextInt(3)) {
            case 0 -> new double[] {rnd.nextDouble() * 360, (rnd.nextBoolean() ? 1 : -1) * (85 + rnd.nextDouble() * 5)};
            case 1 -> new double[] {Angles.wrap360(rnd.nextGaussian() * 3), rnd.nextDouble() * 160 - 80};
            default -> new double[] {rnd.nextDouble() * 360, Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1))};
        };
    }

    /** The position at a distance and position angle from another (degrees). */
    static double[] offset(double[] from, double distance, double pa) {
        return offset(from[0], from[1], distance, pa);
    }

    static double[] offset(double ra, double dec, double distance, double pa) {
        Vector3 c = Vector3.ofRaDec(ra, dec);
        double a = Math.toRadians(ra);
        double d = Math.toRadians(dec);
        Vector3 east = new Vector3(-Math.sin(a), Math.cos(a), 0);
        Vector3 north = new Vector3(-Math.sin(d) * Math.cos(a), -Math.sin(d) * Math.sin(a), Math.cos(d));
        if (Math.abs(dec) == 90) {
            north = new Vector3(-Math.signum(dec) * Math.cos(a), -Math.signum(dec) * Math.sin(a), 0);
        }
        double r = Math.toRadians(distance);
        double t = Math.toRadians(pa);
        Vector3 dir = north.times(Math.cos(t)).plus(east.times(Math.sin(t)));
        return c.times(Math.cos(r)).plus(dir.times(Math.sin(r))).toRaDec();
    }

    /** A convex polygon: points on a circle at sorted position angles. */
    static List<double[]> convexPolygon(Random rnd, double[] c, double radius, int n) {
        List<Double> angles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            angles.add(rnd.nextDouble() * 360);
        }
        angles.sort(Comparator.naturalOrder());
        if (angles.getLast() - angles.getFirst() < 181) {
            angles.add(angles.getFirst() + 180.5); // keep the centre inside
            angles.sort(Comparator.naturalOrder());
        }
        List<double[]> out = new ArrayList<>();
        double last = -1;
        for (double a : angles) {
            if (a - last > 0.5) {
                out.add(offset(c, radius, a));
                last = a;
            }
        }
        return out.size() >= 3 ? out : convexPolygon(rnd, c, radius, n + 1);
    }

    /** A star-shaped (generally non-convex) polygon around c. */
    static List<double[]> starPolygon(Random rnd, double[] c, double radius, int n) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double pa = 360.0 * (i + 0.2 + 0.6 * rnd.nextDouble()) / n;
            out.add(offset(c, radius * (0.3 + 0.7 * rnd.nextDouble()), pa));
        }
        return out;
    }

    private static List<double[]> shift(List<double[]> poly, double dra, double ddec) {
        return poly.stream()
                .map(v -> new double[] {Angles.wrap360(v[0] + dra), v[1] + ddec})
                .toList();
    }
}
