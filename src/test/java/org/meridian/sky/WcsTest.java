// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WcsTest {

    private static final double SCALE = 0.3 / 3600; // 0.3 arcsec per pixel

    @Test
    void referencePixelIsTheReferencePosition() {
        Wcs w = Wcs.tan(150.1, 2.2, 1024.5, 1024.5, SCALE, 37);
        double[] sky = w.pixelToSky(1024.5, 1024.5);
        assertThat(sky[0]).isCloseTo(150.1, within(1e-12));
        assertThat(sky[1]).isCloseTo(2.2, within(1e-12));
    }

    @Test
    void northUpEastLeft() {
        Wcs w = Wcs.tan(150, 20, 100, 100, SCALE, 0);
        double[] up = w.pixelToSky(100, 200);
        double[] left = w.pixelToSky(0, 100);
        assertThat(Spherical.positionAngleDeg(150, 20, up[0], up[1])).isCloseTo(0, within(1e-6));
        assertThat(Spherical.positionAngleDeg(150, 20, left[0], left[1])).isCloseTo(90, within(1e-6));
        assertThat(up[1]).isGreaterThan(20);
        assertThat(left[0]).isGreaterThan(150);
        assertThat(Spherical.distanceDeg(150, 20, up[0], up[1])).isCloseTo(100 * SCALE, within(1e-9));
    }

    @Test
    void rotationTurnsTheYAxisThroughEast() {
        for (double rot : new double[] {30, 90, 200, -45}) {
            Wcs w = Wcs.tan(10, -30, 50, 50, SCALE, rot);
            double[] up = w.pixelToSky(50, 150);
            assertThat(Spherical.positionAngleDeg(10, -30, up[0], up[1])).isCloseTo(Angles.wrap360(rot), within(1e-6));
        }
    }

    @Test
    void tanRoundTripsEverywhere() {
        Random rnd = new Random(3);
        for (int i = 0; i < 2000; i++) {
            double ra = rnd.nextDouble() * 360;
            double dec = rnd.nextDouble() * 180 - 90;
            Wcs w = Wcs.tan(
                    ra,
                    dec,
                    1 + rnd.nextDouble() * 4000,
                    1 + rnd.nextDouble() * 4000,
                    1e-4 + rnd.nextDouble() * 1e-3,
                    rnd.nextDouble() * 360);
            double x = rnd.nextDouble() * 4000;
            double y = rnd.nextDouble() * 4000;
            double[] sky = w.pixelToSky(x, y);
            double[] pix = w.skyToPixel(sky[0], sky[1]);
            assertThat(pix[0]).isCloseTo(x, within(1e-6));
            assertThat(pix[1]).isCloseTo(y, within(1e-6));
        }
    }

    @Test
    void gnomonicDistanceFromCentreIsArctan() {
        // A pixel offset r (in degrees of tangent plane) lies atan(r) from the tangent point.
        Wcs w = Wcs.tan(0, 0, 0, 0, 0.01, 0);
        double[] sky = w.pixelToSky(0, 3000); // 30 degrees of tangent plane
        assertThat(Spherical.distanceDeg(0, 0, sky[0], sky[1]))
                .isCloseTo(Math.toDegrees(Math.atan(Math.toRadians(30))), within(1e-10));
    }

    @Test
    void sinDistanceFromCentreIsArcsin() {
        Wcs w = Wcs.fromHeader(
                "RA---SIN",
                "DEC--SIN",
                Map.of("CRVAL1", 20.0, "CRVAL2", 40.0, "CRPIX1", 0.0, "CRPIX2", 0.0, "CDELT1", -0.01, "CDELT2", 0.01));
        double[] sky = w.pixelToSky(0, 3000);
        assertThat(Spherical.distanceDeg(20, 40, sky[0], sky[1]))
                .isCloseTo(Math.toDegrees(Math.asin(Math.toRadians(30))), within(1e-10));
        double[] pix = w.skyToPixel(sky[0], sky[1]);
        assertThat(pix[0]).isCloseTo(0, within(1e-7));
        assertThat(pix[1]).isCloseTo(3000, within(1e-7));
        assertThat(w.skyToPixel(200, -40)).containsExactly(Double.NaN, Double.NaN);
        assertThatThrownBy(() -> w.pixelToSky(0, 7000)).hasMessageContaining("outside");
    }

    @Test
    void imageAtThePole() {
        Wcs w = Wcs.tan(0, 89.99, 512, 512, SCALE * 10, 0);
        // 0.0333 deg above the centre crosses the pole.
        double[] beyond = w.pixelToSky(512, 512 + 60);
        assertThat(beyond[1]).isCloseTo(90 - (60 * SCALE * 10 - 0.01), within(1e-6));
        assertThat(beyond[0]).isCloseTo(180, within(1e-6));
        Wcs atPole = Wcs.tan(0, 90, 512, 512, SCALE, 0);
        double[] p = atPole.skyToPixel(123, 89.999);
        double[] back = atPole.pixelToSky(p[0], p[1]);
        assertThat(Spherical.distanceDeg(back[0], back[1], 123, 89.999)).isLessThan(1e-10);
        assertThat(Math.hypot(p[0] - 512, p[1] - 512)).isCloseTo(0.001 / SCALE, within(1e-3));
    }

    @Test
    void farHemisphereIsNaN() {
        Wcs w = Wcs.tan(0, 0, 1, 1, SCALE, 0);
        assertThat(w.skyToPixel(180, 0)).containsExactly(Double.NaN, Double.NaN);
        assertThat(w.skyToPixel(90.001, 0)).containsExactly(Double.NaN, Double.NaN);
    }

    @Test
    void headerCardsParseBackToTheSameWcs() {
        Wcs w = Wcs.tan(359.99, -12.5, 2048.5, 10.25, SCALE, 12);
        Map<String, Object> cards = w.toHeaderCards();
        assertThat(cards).containsEntry("CTYPE1", "RA---TAN").containsEntry("CTYPE2", "DEC--TAN");
        assertThat(cards.keySet()).contains("CRVAL1", "CRVAL2", "CRPIX1", "CRPIX2", "CD1_1", "CD1_2", "CD2_1", "CD2_2");
        Map<String, Double> numbers = new HashMap<>();
        cards.forEach((k, v) -> {
            if (v instanceof Double d) {
                numbers.put(k, d);
            }
        });
        Wcs parsed = Wcs.fromHeader((String) cards.get("CTYPE1"), (String) cards.get("CTYPE2"), numbers);
        assertThat(parsed).isEqualTo(w);
    }

    @Test
    void cdeltWithCrota2MatchesTheEquivalentCdMatrix() {
        Map<String, Double> crota = Map.of(
                "CRVAL1", 83.8, "CRVAL2", -5.4, "CRPIX1", 10.0, "CRPIX2", 20.0, "CDELT1", -SCALE, "CDELT2", SCALE,
                "CROTA2", 25.0);
        Wcs a = Wcs.fromHeader("RA---TAN", "DEC--TAN", crota);
        // CROTA2 is the angle from +y to north, counter-clockwise on an east-left image: +y then
        // points west of north, at position angle -CROTA2.
        Wcs b = Wcs.tan(83.8, -5.4, 10, 20, SCALE, -25);
        double[] pa = a.pixelToSky(400, 300);
        double[] pb = b.pixelToSky(400, 300);
        assertThat(Spherical.distanceDeg(pa[0], pa[1], pb[0], pb[1])).isLessThan(1e-9);
    }

    @Test
    void pcMatrixAndSwappedAxes() {
        Map<String, Double> pc = new HashMap<>(Map.of(
                "CRVAL1", 30.0, "CRVAL2", 60.0, "CRPIX1", 1.0, "CRPIX2", 1.0, "CDELT1", -SCALE, "CDELT2", SCALE));
        pc.put("PC1_1", 1.0);
        pc.put("PC2_2", 1.0);
        Wcs normal = Wcs.fromHeader("RA---TAN", "DEC--TAN", pc);
        assertThat(normal).isEqualTo(Wcs.tan(30, 60, 1, 1, SCALE, 0));
        // The same image described with declination on axis 1: world axis 1 = dec follows pixel y.
        Map<String, Double> swapped = Map.of(
                "CRVAL1", 60.0, "CRVAL2", 30.0, "CRPIX1", 1.0, "CRPIX2", 1.0, "CD1_1", 0.0, "CD1_2", SCALE, "CD2_1",
                -SCALE, "CD2_2", 0.0);
        Wcs s = Wcs.fromHeader("DEC--TAN", "RA---TAN", swapped);
        assertThat(s).isEqualTo(normal);
    }

    @Test
    void distortionSuffixesAreAcceptedAsTheirBaseProjection() {
        Map<String, Double> n =
                Map.of("CRVAL1", 1.0, "CRVAL2", 2.0, "CRPIX1", 3.0, "CRPIX2", 4.0, "CD1_1", -SCALE, "CD2_2", SCALE);
        assertThat(Wcs.fromHeader("RA---TAN-SIP", "DEC--TAN-SIP", n).projection())
                .isEqualTo(Wcs.Projection.TAN);
        assertThat(Wcs.fromHeader("RA---TPV", "DEC--TPV", n).projection()).isEqualTo(Wcs.Projection.TAN);
    }

    @Test
    void badHeadersGiveClearMessages() {
        Map<String, Double> n =
                Map.of("CRVAL1", 1.0, "CRVAL2", 2.0, "CRPIX1", 3.0, "CRPIX2", 4.0, "CD1_1", -SCALE, "CD2_2", SCALE);
        assertThatThrownBy(() -> Wcs.fromHeader("RA---AIT", "DEC--AIT", n))
                .hasMessageContaining("AIT is not supported");
        assertThatThrownBy(() -> Wcs.fromHeader("GLON-TAN", "GLAT-TAN", n)).hasMessageContaining("not an RA or DEC");
        assertThatThrownBy(() -> Wcs.fromHeader("RA---TAN", "RA---TAN", n)).hasMessageContaining("one RA and one DEC");
        assertThatThrownBy(() -> Wcs.fromHeader(null, "DEC--TAN", n)).hasMessageContaining("CTYPE1 is missing");
        assertThatThrownBy(() -> Wcs.fromHeader("RA---TAN", "DEC--TAN", Map.of("CRVAL1", 1.0)))
                .hasMessageContaining("CRVAL2 is missing");
        assertThatThrownBy(() -> Wcs.fromHeader(
                        "RA---TAN", "DEC--TAN", Map.of("CRVAL1", 1.0, "CRVAL2", 2.0, "CRPIX1", 3.0, "CRPIX2", 4.0)))
                .hasMessageContaining("CDELT1");
        assertThatThrownBy(() -> Wcs.fromHeader(
                        "RA---TAN",
                        "DEC--TAN",
                        Map.of("CRVAL1", 1.0, "CRVAL2", 2.0, "CRPIX1", 3.0, "CRPIX2", 4.0, "CD1_1", 1.0)))
                .hasMessageContaining("singular");
        assertThatThrownBy(() -> Wcs.tan(0, 0, 1, 1, 0, 0)).hasMessageContaining("scale");
        assertThatThrownBy(() -> Wcs.tan(0, 95, 1, 1, 1, 0)).hasMessageContaining("declination");
    }
}
