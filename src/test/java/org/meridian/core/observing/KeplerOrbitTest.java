// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jastronomy.jsofa.JSOFA;
import org.junit.jupiter.api.Test;

class KeplerOrbitTest {

    /** The Earth-Moon barycentre's J2000 elements (Standish, JPL "approximate positions"). */
    private static Target.NonSidereal earthLike() {
        return new Target.NonSidereal(
                "EMB",
                OrbitalScheme.JPL_MAJOR_PLANET,
                51544.5,
                0.0,
                0.0,
                102.93768193,
                1.00000261,
                0.01671123,
                100.46457166 - 102.93768193 + 360,
                Double.NaN,
                Double.NaN,
                Double.NaN);
    }

    @Test
    void earthElementsReproduceSofasEarthWithinAFewThousandthsOfAnAu() {
        KeplerOrbit orbit = new KeplerOrbit(earthLike());
        for (double mjd = 51544.5; mjd < 51544.5 + 400; mjd += 50) {
            double[][] helio = new double[2][3];
            JSOFA.jauEpv00(AstroTime.MJD_ZERO, mjd, helio, new double[2][3]);
            double[] p = orbit.position(mjd);
            for (int i = 0; i < 3; i++) {
                // planetary perturbations and the Moon's pull keep the real Earth within ~1e-4 au of the conic
                assertThat(p[i]).as("mjd %s axis %d", mjd, i).isCloseTo(helio[0][i], within(2e-3));
            }
        }
    }

    @Test
    void cometFormsAgreeNearParabolic() {
        Target.NonSidereal nearlyParabolic = Target.NonSidereal.comet("c", 57000, 30, 40, 50, 1.2, 0.9999999, 57000);
        Target.NonSidereal parabolic = Target.NonSidereal.comet("p", 57000, 30, 40, 50, 1.2, 1.0, 57000);
        Target.NonSidereal hyperbolic = Target.NonSidereal.comet("h", 57000, 30, 40, 50, 1.2, 1.0000001, 57000);
        double[] a = new KeplerOrbit(nearlyParabolic).position(57040);
        double[] b = new KeplerOrbit(parabolic).position(57040);
        double[] c = new KeplerOrbit(hyperbolic).position(57040);
        for (int i = 0; i < 3; i++) {
            assertThat(a[i]).isCloseTo(b[i], within(1e-5));
            assertThat(c[i]).isCloseTo(b[i], within(1e-5));
        }
        double r = Math.sqrt(b[0] * b[0] + b[1] * b[1] + b[2] * b[2]);
        assertThat(r).isGreaterThan(1.2);
        assertThat(new KeplerOrbit(parabolic).position(57000)[0] * 0 + norm(new KeplerOrbit(parabolic).position(57000)))
                .isCloseTo(1.2, within(1e-12));
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }
}
