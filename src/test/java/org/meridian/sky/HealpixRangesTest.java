// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HealpixRangesTest {

    @Test
    void coneCoverContainsEveryPointOfTheCone() {
        Random rnd = new Random(21);
        for (int trial = 0; trial < 400; trial++) {
            double[] c = SphericalTest.randomPosition(rnd);
            double radius = Math.pow(10, -4 + rnd.nextDouble() * 5.3); // 0.0001 to 20 degrees
            int order = Math.min(29, HealpixRanges.orderFor(radius) - 2 + rnd.nextInt(4));
            RangeSet fine = HealpixRanges.cone(c[0], c[1], radius, order).toOrder(29);
            for (int i = 0; i < 300; i++) {
                // uniform over the cap, plus points exactly on its rim
                double d = i < 30
                        ? radius
                        : Math.toDegrees(Math.acos(1 - rnd.nextDouble() * (1 - Math.cos(Math.toRadians(radius)))));
                double[] p = SphericalTest.offset(c, d, rnd.nextDouble() * 360);
                long pixel = Healpix.ang2pix(29, p[0], p[1]);
                assertThat(fine.contains(pixel))
                        .as("cone %s,%s r=%s order %d point %s,%s", c[0], c[1], radius, order, p[0], p[1])
                        .isTrue();
            }
        }
    }

    @Test
    void conesAtTheirChosenOrderGiveFewRanges() {
        Random rnd = new Random(22);
        int worst = 0;
        for (int trial = 0; trial < 3000; trial++) {
            double[] c = SphericalTest.randomPosition(rnd);
            double radius = Math.pow(10, -5 + rnd.nextDouble() * 6.5);
            RangeSet cover = HealpixRanges.cone(c[0], c[1], radius, HealpixRanges.orderFor(radius));
            worst = Math.max(worst, cover.size());
        }
        assertThat(worst).isLessThanOrEqualTo(24);
    }

    @Test
    void coverIsNotWastefullyLarge() {
        Random rnd = new Random(23);
        for (int trial = 0; trial < 50; trial++) {
            double[] c = SphericalTest.randomPosition(rnd);
            double radius = 0.5;
            int order = 10; // pixels of 0.057 deg, ten times finer than the radius
            RangeSet cover = HealpixRanges.cone(c[0], c[1], radius, order);
            double covered = cover.pixelCount() * Healpix.pixelArea(order);
            assertThat(covered / Spherical.capAreaSteradians(radius)).isBetween(1.0, 2.0);
        }
    }

    @Test
    void polygonCoverContainsEveryPointOfThePolygon() {
        Random rnd = new Random(24);
        for (int trial = 0; trial < 150; trial++) {
            double[] c = SphericalTest.randomPosition(rnd);
            double size = Math.pow(10, -3 + rnd.nextDouble() * 4.3);
            List<double[]> poly = SphericalTest.starPolygon(rnd, c, size, 3 + rnd.nextInt(8));
            SphericalPolygon sp = SphericalPolygon.of(poly);
            BoundingCircle b = sp.boundingCircle();
            int order = Math.max(0, HealpixRanges.orderFor(b.radius()) - 3 + rnd.nextInt(4));
            RangeSet cover = HealpixRanges.polygon(sp, order);
            int checked = 0;
            for (int i = 0; i < 2000 && checked < 200; i++) {
                double d = Math.toDegrees(Math.acos(1 - rnd.nextDouble() * (1 - Math.cos(Math.toRadians(b.radius())))));
                double[] p = SphericalTest.offset(b.ra(), b.dec(), d, rnd.nextDouble() * 360);
                if (sp.contains(p[0], p[1])) {
                    checked++;
                    assertThat(cover.containsAt(29, Healpix.ang2pix(29, p[0], p[1])))
                            .as("trial %d", trial)
                            .isTrue();
                }
            }
            // the vertices themselves
            for (double[] v : poly) {
                assertThat(cover.containsAt(29, Healpix.ang2pix(29, v[0], v[1])))
                        .isTrue();
            }
            assertThat(cover.size()).isLessThan(200);
        }
    }

    @Test
    void polarAndSeamRegions() {
        RangeSet cap = HealpixRanges.cone(0, 90, 1, 8);
        for (double ra = 0; ra < 360; ra += 7.5) {
            assertThat(cap.contains(Healpix.ang2pix(8, ra, 89.01))).isTrue();
        }
        assertThat(cap.contains(Healpix.ang2pix(8, 0, 88))).isFalse();
        RangeSet seam = HealpixRanges.polygon(
                List.of(new double[] {359, -1}, new double[] {1, -1}, new double[] {1, 1}, new double[] {359, 1}), 9);
        assertThat(seam.contains(Healpix.ang2pix(9, 359.5, 0.5))).isTrue();
        assertThat(seam.contains(Healpix.ang2pix(9, 0.5, -0.5))).isTrue();
        assertThat(seam.contains(Healpix.ang2pix(9, 180, 0))).isFalse();
    }

    @Test
    void wholeSkyAndEmptyishCones() {
        RangeSet all = HealpixRanges.cone(10, 10, 180, 5);
        assertThat(all.ranges()).containsExactly(new long[] {0, Healpix.pixelCount(5) - 1});
        RangeSet point = HealpixRanges.cone(10, 10, 0, 29);
        assertThat(point.contains(Healpix.ang2pix(29, 10, 10))).isTrue();
        assertThat(point.pixelCount()).isLessThan(20);
    }

    @Test
    void pixelRadiusBoundHoldsAtPixelCorners() {
        // The extreme descendants ten orders down sit in the pixel's four corners.
        Random rnd = new Random(25);
        for (int order = 0; order <= 12; order++) {
            double bound = Math.toDegrees(HealpixRanges.maxPixelRadiusRad(order));
            for (int i = 0; i < 500; i++) {
                long p = Math.floorMod(rnd.nextLong(), Healpix.pixelCount(order));
                double[] c = Healpix.pix2ang(order, p);
                int fine = order + 10;
                long first = p << 20;
                long allX = Healpix.interleave((1L << 10) - 1, 0);
                long allY = Healpix.interleave(0, (1L << 10) - 1);
                for (long corner : new long[] {first, first + allX, first + allY, first + allX + allY}) {
                    double[] k = Healpix.pix2ang(fine, corner);
                    assertThat(Spherical.distanceDeg(c[0], c[1], k[0], k[1])).isLessThan(bound);
                }
            }
        }
    }

    @Test
    void orderForShrinksWithRadius() {
        // pixel sides: order 1 29.3 deg, order 7 0.458, order 8 0.229, order 12 0.0143, order 13 0.0072
        assertThat(HealpixRanges.orderFor(180)).isEqualTo(0);
        assertThat(HealpixRanges.orderFor(90)).isEqualTo(1);
        assertThat(HealpixRanges.orderFor(1)).isEqualTo(7);
        assertThat(HealpixRanges.orderFor(0.05)).isEqualTo(12);
        assertThat(HealpixRanges.orderFor(0)).isEqualTo(29);
        assertThatThrownBy(() -> HealpixRanges.orderFor(-1)).hasMessageContaining("radius");
        assertThatThrownBy(() -> HealpixRanges.orderFor(Double.NaN)).hasMessageContaining("radius");
        assertThatThrownBy(() -> HealpixRanges.cone(0, 100, 1, 3)).hasMessageContaining("bad cone");
    }

    @Test
    void rangeSetsMergeShiftAndSearch() {
        RangeSet r = new RangeSet.Builder(3)
                .add(5, 7)
                .add(8, 9)
                .add(12, 12)
                .add(12, 14)
                .build();
        assertThat(r.ranges()).containsExactly(new long[] {5, 9}, new long[] {12, 14});
        assertThat(r.pixelCount()).isEqualTo(8);
        assertThat(r.contains(4)).isFalse();
        assertThat(r.contains(5)).isTrue();
        assertThat(r.contains(9)).isTrue();
        assertThat(r.contains(10)).isFalse();
        assertThat(r.contains(14)).isTrue();
        assertThat(r.contains(15)).isFalse();
        RangeSet fine = r.toOrder(5);
        assertThat(fine.order()).isEqualTo(5);
        assertThat(fine.ranges()).containsExactly(new long[] {80, 159}, new long[] {192, 239});
        assertThat(fine.pixelCount()).isEqualTo(8 * 16);
        assertThat(r.toOrder(29).containsAt(29, (13L << 52) + 12345)).isTrue();
        assertThat(r.toOrder(3)).isEqualTo(r);
        assertThatThrownBy(() -> r.toOrder(2)).hasMessageContaining("coarser");
        assertThatThrownBy(() -> new RangeSet.Builder(3).add(5, 7).add(1, 2)).hasMessageContaining("increasing");
        assertThatThrownBy(() -> new RangeSet.Builder(0).add(0, 12)).hasMessageContaining("bad pixel range");
    }
}
