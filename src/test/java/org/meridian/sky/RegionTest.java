// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void daliPos() {
        assertThat(Region.parse("CIRCLE 10 20 1")).isEqualTo(new Region.Circle(10, 20, 1));
        assertThat(RegionParser.parseDaliPos("circle 359.5 -89 0.5")).isEqualTo(new Region.Circle(359.5, -89, 0.5));
        assertThat(Region.parse("RANGE 350 10 -2 2")).isEqualTo(new Region.Range(350, 10, -2, 2));
        assertThat(Region.parse("RANGE 0 360 -Inf +Inf")).isEqualTo(new Region.Range(0, 360, -90, 90));
        Region p = Region.parse("POLYGON 359 -1 1 -1 1 1 359 1");
        assertThat(p).isInstanceOf(Region.Polygon.class);
        assertThat(p.contains(0, 0)).isTrue();
        assertThat(p.contains(180, 0)).isFalse();
    }

    @Test
    void stcs() {
        assertThat(Region.parse("Circle ICRS 10 20 1")).isEqualTo(new Region.Circle(10, 20, 1));
        assertThat(RegionParser.parseStcs("CIRCLE ICRS GEOCENTER 10 20 1")).isEqualTo(new Region.Circle(10, 20, 1));
        assertThat(Region.parse("Position ICRS 266.41683 -29.00781")).isEqualTo(new Region.Point(266.41683, -29.00781));
        assertThat(Region.parse("Box ICRS 10 20 2 1")).isEqualTo(new Region.Box(10, 20, 2, 1));
        assertThat(Region.parse("Box 10 20 2 1")).isEqualTo(new Region.Box(10, 20, 2, 1));
        Region poly = Region.parse("Polygon ICRS 10 10 11 10 11 11 10 11");
        assertThat(poly.contains(10.5, 10.5)).isTrue();
        assertThat(poly).isEqualTo(Region.parse("POLYGON 10 10 11 10 11 11 10 11"));
    }

    @Test
    void wkt() {
        assertThat(Region.parse("POINT(10.5 -20)")).isEqualTo(new Region.Point(10.5, -20));
        assertThat(RegionParser.parseWkt("POINT (-10 5)")).isEqualTo(new Region.Point(350, 5));
        Region poly = Region.parse("POLYGON((10 10, 11 10, 11 11, 10 11, 10 10))");
        assertThat(((Region.Polygon) poly).vertices()).hasSize(4);
        assertThat(poly.contains(10.5, 10.5)).isTrue();
        assertThat(poly.contains(9.5, 10.5)).isFalse();
    }

    @Test
    void badTextIsExplained() {
        assertThatThrownBy(() -> Region.parse("")).hasMessage("region is empty");
        assertThatThrownBy(() -> Region.parse("CIRCLE 10 20")).hasMessageContaining("expected 3 numbers");
        assertThatThrownBy(() -> Region.parse("CIRCLE 10 20 x")).hasMessageContaining("'x' is not a number");
        assertThatThrownBy(() -> Region.parse("CIRCLE 10 95 1")).hasMessageContaining("bad position");
        assertThatThrownBy(() -> Region.parse("CIRCLE 10 20 -1")).hasMessageContaining("radius");
        assertThatThrownBy(() -> Region.parse("ELLIPSE 10 20 1 2 3")).hasMessageContaining("unknown shape");
        assertThatThrownBy(() -> Region.parse("POLYGON 1 2 3 4")).hasMessageContaining("at least 3");
        assertThatThrownBy(() -> Region.parse("Circle GALACTIC 10 20 1"))
                .hasMessageContaining("GALACTIC is not supported");
        assertThatThrownBy(() -> Region.parse("Circle ICRS FOO 10 20 1")).hasMessageContaining("unexpected word 'FOO'");
        assertThatThrownBy(() -> Region.parse("Union ICRS (Circle 1 2 3)"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Region.parse("Intersection ICRS 1 2")).hasMessageContaining("not supported");
        assertThatThrownBy(() -> Region.parse("POLYGON((0 0, 1 0, 1 1), (0.2 0.2, 0.3 0.2, 0.3 0.3))"))
                .hasMessageContaining("holes");
        assertThatThrownBy(() -> Region.parse("LINESTRING(0 0, 1 1)")).hasMessageContaining("unknown WKT shape");
        assertThatThrownBy(() -> Region.parse("RANGE 10 20 5 1")).hasMessageContaining("dec1 <= dec2");
        assertThatThrownBy(() -> Region.parse("RANGE 10 400 1 5")).hasMessageContaining("[0, 360]");
        assertThatThrownBy(() -> Region.parse("CIRCLE 10 20 NaN")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Region.parse("CIRCLE 10d 20 1")).hasMessageContaining("not a number");
    }

    @Test
    void boxSidesCrossTheAxesAtHalfWidthAndHeight() {
        Region.Box box = new Region.Box(0, 60, 4, 2);
        // 1 degree north and south on the centre's meridian are on the edges
        assertThat(box.contains(0, 60.99)).isTrue();
        assertThat(box.contains(0, 61.01)).isFalse();
        assertThat(box.contains(0, 59.01)).isTrue();
        assertThat(box.contains(0, 58.99)).isFalse();
        // 2 degrees along the great circle perpendicular to the meridian, not 2 degrees of RA
        double[] east = SphericalTest.offset(0, 60, 1.99, 90);
        double[] beyond = SphericalTest.offset(0, 60, 2.01, 90);
        assertThat(box.contains(east[0], east[1])).isTrue();
        assertThat(box.contains(beyond[0], beyond[1])).isFalse();
        assertThat(box.contains(3, 60)).isTrue(); // 3 degrees of RA are 1.5 degrees on the sky at dec 60
        assertThat(box.contains(4.5, 60)).isFalse(); // 2.25 degrees on the sky
        assertThat(box.contains(3.9, 59.5)).isTrue();
    }

    @Test
    void rangeAcrossTheSeamAndAtThePole() {
        Region.Range seam = new Region.Range(350, 10, -2, 2);
        assertThat(seam.width()).isEqualTo(20);
        assertThat(seam.contains(355, 0)).isTrue();
        assertThat(seam.contains(5, 1.5)).isTrue();
        assertThat(seam.contains(20, 0)).isFalse();
        assertThat(seam.contains(180, 0)).isFalse();
        Region.Range cap = new Region.Range(0, 360, 80, 90);
        assertThat(cap.contains(200, 85)).isTrue();
        assertThat(cap.boundingCircle().dec()).isEqualTo(90);
        assertThat(cap.boundingCircle().radius()).isCloseTo(10, within(1e-9));
        assertThat(cap.intersectsCircle(200, 78, 1.9)).isFalse();
        assertThat(cap.intersectsCircle(200, 78, 2.1)).isTrue();
    }

    @Test
    void boundingCirclesAndCircleTestsAgreeWithSampling() {
        Random rnd = new Random(31);
        List<Region> regions = List.of(
                new Region.Circle(359.9, 45, 2),
                new Region.Box(0.5, -89, 3, 1),
                new Region.Box(180, 10, 20, 40),
                new Region.Range(350, 10, -2, 2),
                new Region.Range(100, 250, -30, 60),
                new Region.Range(300, 200, 20, 40),
                new Region.Range(10, 12, 85, 90),
                Region.Polygon.of(List.of(new double[] {0, 80}, new double[] {90, 80}, new double[] {180, 80})),
                new Region.Point(12, 34));
        for (Region region : regions) {
            BoundingCircle b = region.boundingCircle();
            for (int i = 0; i < 20_000; i++) {
                double ra = rnd.nextDouble() * 360;
                double dec = Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
                if (region.contains(ra, dec)) {
                    assertThat(b.contains(ra, dec))
                            .as("%s at %s %s", region, ra, dec)
                            .isTrue();
                    assertThat(region.intersectsCircle(ra, dec, 1e-9)).isTrue();
                }
                // circle test against brute force: a circle reaches the region if some sample does
                double r = rnd.nextDouble() * 5;
                if (!region.intersectsCircle(ra, dec, r)) {
                    for (int k = 0; k < 20; k++) {
                        double[] p =
                                SphericalTest.offset(ra, dec, r * Math.sqrt(rnd.nextDouble()), rnd.nextDouble() * 360);
                        assertThat(region.contains(p[0], p[1]))
                                .as("%s circle %s %s %s", region, ra, dec, r)
                                .isFalse();
                    }
                }
            }
            // the region's cover holds its own points
            int order = 6;
            RangeSet cover = region.cover(order);
            for (int i = 0; i < 2000; i++) {
                double d = b.radius() * Math.sqrt(rnd.nextDouble());
                double[] p = SphericalTest.offset(b.ra(), b.dec(), d, rnd.nextDouble() * 360);
                if (region.contains(p[0], p[1])) {
                    assertThat(cover.contains(Healpix.ang2pix(order, p[0], p[1])))
                            .isTrue();
                }
            }
        }
    }

    @Test
    void pointRegion() {
        Region.Point p = new Region.Point(370, 10);
        assertThat(p.ra()).isEqualTo(10);
        assertThat(p.contains(10, 10)).isTrue();
        assertThat(p.contains(10, 10.001)).isFalse();
        assertThat(p.cover(29).contains(Healpix.ang2pix(29, 10, 10))).isTrue();
    }
}
