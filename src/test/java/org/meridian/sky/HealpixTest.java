// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealpixTest {

    /**
     * Reference values in src/test/resources/sky/healpy_*.csv were computed ONCE with healpy 1.16.1
     * (Debian's python3-healpy, nest=True, lonlat=True) and are checked in; the tests do not need
     * healpy. They include random points, points near the poles, RA 0/360 and the polar-cap boundary.
     */
    @Test
    void ang2pixAgreesWithHealpy() throws IOException {
        List<String[]> rows = csv("/sky/healpy_ang2pix.csv");
        assertThat(rows).hasSizeGreaterThan(600);
        int boundaryDisagreements = 0;
        for (String[] r : rows) {
            int order = Integer.parseInt(r[0]);
            double ra = Double.parseDouble(r[1]);
            double dec = Double.parseDouble(r[2]);
            long expected = Long.parseLong(r[3]);
            long got = Healpix.ang2pix(order, ra, dec);
            if (got != expected) {
                // Points exactly on a pixel corner (ra 0 dec 0, a face vertex) may go either way:
                // healpy converts dec 0 to a colatitude whose cosine is 6e-17, not 0. Accept that only
                // if a nudge of a thousandth of the way to healpy's pixel centre lands in that pixel.
                double[] c = Healpix.pix2ang(order, expected);
                Vector3 v = Vector3.ofRaDec(ra, dec);
                double[] nudged =
                        v.plus(Vector3.ofRaDec(c[0], c[1]).minus(v).times(1e-3)).toRaDec();
                assertThat(Healpix.ang2pix(order, nudged[0], nudged[1]))
                        .as("order %d ra %s dec %s", order, ra, dec)
                        .isEqualTo(expected);
                boundaryDisagreements++;
            }
        }
        assertThat(boundaryDisagreements).isLessThanOrEqualTo(2 * 11); // two vertices at 11 orders
    }

    @Test
    void pix2angAgreesWithHealpy() throws IOException {
        List<String[]> rows = csv("/sky/healpy_pix2ang.csv");
        assertThat(rows).hasSizeGreaterThan(400);
        for (String[] r : rows) {
            int order = Integer.parseInt(r[0]);
            long pixel = Long.parseLong(r[1]);
            double[] c = Healpix.pix2ang(order, pixel);
            double ra = Double.parseDouble(r[2]);
            double dec = Double.parseDouble(r[3]);
            assertThat(Spherical.distanceDeg(c[0], c[1], ra, dec))
                    .as("order %d pixel %d", order, pixel)
                    .isLessThan(1e-9);
        }
    }

    @Test
    void baseFaceCentresFollowThePaper() {
        // Górski et al. 2005, fig. 4: faces 0-3 centred at dec asin(2/3) and ra 45, 135, ...; 4-7 on
        // the equator at ra 0, 90, ...; 8-11 at dec -asin(2/3).
        double cap = Math.toDegrees(Math.asin(2.0 / 3.0));
        for (int f = 0; f < 4; f++) {
            assertCentre(Healpix.pix2ang(0, f), 45 + 90 * f, cap);
            assertCentre(Healpix.pix2ang(0, f + 4), 90 * f, 0);
            assertCentre(Healpix.pix2ang(0, f + 8), 45 + 90 * f, -cap);
        }
    }

    @Test
    void nsideTwoRingLatitudes() {
        // With nside 2 the 48 centres lie on 7 rings with z = 1 - 1/12, 1 - 4/12, 1/3, 0, ...
        double[] zs = {1 - 1.0 / 12, 2.0 / 3, 1.0 / 3, 0};
        for (long p = 0; p < 48; p++) {
            double z = Math.sin(Math.toRadians(Healpix.pix2ang(1, p)[1]));
            boolean onRing = false;
            for (double ring : zs) {
                onRing |= Math.abs(Math.abs(z) - ring) < 1e-12;
            }
            assertThat(onRing).as("pixel %d z %s", p, z).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 7, 10, 13, 17, 20, 23, 26, 29})
    void centresMapBackToTheirPixel(int order) {
        Random rnd = new Random(order);
        long npix = Healpix.pixelCount(order);
        for (int i = 0; i < 3000; i++) {
            long p = i < 12 ? i * (npix / 12) : Math.floorMod(rnd.nextLong(), npix);
            double[] c = Healpix.pix2ang(order, p);
            assertThat(Healpix.ang2pix(order, c[0], c[1])).as("pixel %d", p).isEqualTo(p);
        }
        for (long p : new long[] {0, npix - 1, npix / 2, npix / 3}) {
            double[] c = Healpix.pix2ang(order, p);
            assertThat(Healpix.ang2pix(order, c[0], c[1])).isEqualTo(p);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 8, 12, 18, 24, 29})
    void pointsLieWithinAPixelOfTheirCentre(int order) {
        Random rnd = new Random(42 + order);
        // A pixel's centre-to-corner distance is at most about 1.5 times its side near the poles.
        double maxDistance = 1.5 * Math.toDegrees(Math.sqrt(Healpix.pixelArea(order))) + 1e-9;
        for (int i = 0; i < 5000; i++) {
            double ra = rnd.nextDouble() * 360;
            double dec = Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
            long p = Healpix.ang2pix(order, ra, dec);
            double[] c = Healpix.pix2ang(order, p);
            assertThat(Spherical.distanceDeg(ra, dec, c[0], c[1])).isLessThan(maxDistance);
            // nesting: the same point at a coarser order is in the parent pixel
            if (order > 0) {
                assertThat(Healpix.ang2pix(order - 1, ra, dec)).isEqualTo(Healpix.parent(order, p, order - 1));
            }
        }
    }

    @Test
    void pixelsHaveEqualAreaByMonteCarlo() {
        int order = 1;
        long[] counts = new long[48];
        Random rnd = new Random(7);
        int n = 480_000;
        for (int i = 0; i < n; i++) {
            double ra = rnd.nextDouble() * 360;
            double dec = Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
            counts[(int) Healpix.ang2pix(order, ra, dec)]++;
        }
        for (long c : counts) {
            assertThat((double) c).isCloseTo(10_000, within(500.0)); // ±5 sigma
        }
    }

    @Test
    void polesAndTheRaSeam() {
        for (int order = 0; order <= 29; order++) {
            long nside = Healpix.nside(order);
            long faceSize = nside * nside;
            // The north pole is the shared corner of faces 0-3; with ra 0 it is the top of face 0.
            assertThat(Healpix.ang2pix(order, 0, 90)).isEqualTo(faceSize - 1);
            assertThat(Healpix.ang2pix(order, 0, -90)).isEqualTo(8 * faceSize);
            assertThat(Healpix.ang2pix(order, 360, 10)).isEqualTo(Healpix.ang2pix(order, 0, 10));
            assertThat(Healpix.ang2pix(order, -360, -10)).isEqualTo(Healpix.ang2pix(order, 0, -10));
            assertThat(Healpix.ang2pix(order, -0.0, 0)).isEqualTo(Healpix.ang2pix(order, 0, 0));
            long justBelow = Healpix.ang2pix(order, Math.nextDown(360.0), 0.1);
            assertThat(justBelow).isBetween(0L, Healpix.pixelCount(order) - 1);
            double[] c = Healpix.pix2ang(order, justBelow);
            assertThat(Spherical.distanceDeg(c[0], c[1], 0, 0.1))
                    .isLessThan(1.5 * Math.toDegrees(Math.sqrt(Healpix.pixelArea(order))) + 1e-9);
        }
    }

    @Test
    void nearPoleCentresKeepPrecision() {
        // The pixels touching the pole at order 29 have centres about 0.3 mas from it.
        double[] c = Healpix.pix2ang(29, Healpix.ang2pix(29, 10, 90));
        assertThat(90 - c[1]).isGreaterThan(0).isLessThan(1e-6);
        assertThat(Healpix.ang2pix(29, c[0], c[1])).isEqualTo(Healpix.ang2pix(29, 10, 90));
    }

    @Test
    void bitInterleavingRoundTrips() {
        Random rnd = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            long x = rnd.nextLong() & ((1L << 29) - 1);
            long y = rnd.nextLong() & ((1L << 29) - 1);
            long z = Healpix.interleave(x, y);
            assertThat(Healpix.deinterleave(z)).isEqualTo(x);
            assertThat(Healpix.deinterleave(z >>> 1)).isEqualTo(y);
        }
        assertThat(Healpix.interleave(0b11, 0b01)).isEqualTo(0b0111);
    }

    @Test
    void counts() {
        assertThat(Healpix.nside(29)).isEqualTo(1L << 29);
        assertThat(Healpix.pixelCount(0)).isEqualTo(12);
        assertThat(Healpix.pixelCount(29)).isEqualTo(12L << 58);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Healpix.ang2pix(30, 0, 0)).hasMessageContaining("order 30");
        assertThatThrownBy(() -> Healpix.ang2pix(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Healpix.ang2pix(5, 0, 90.5)).hasMessageContaining("dec=90.5");
        assertThatThrownBy(() -> Healpix.ang2pix(5, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Healpix.ang2pix(5, 0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Healpix.pix2ang(0, 12)).hasMessageContaining("pixel 12");
        assertThatThrownBy(() -> Healpix.pix2ang(3, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertCentre(double[] c, double ra, double dec) {
        assertThat(c[0]).isCloseTo(ra, within(1e-12));
        assertThat(c[1]).isCloseTo(dec, within(1e-12));
    }

    private static List<String[]> csv(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(HealpixTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            r.readLine(); // provenance comment
            r.readLine(); // column names
            for (String line; (line = r.readLine()) != null; ) {
                rows.add(line.split(","));
            }
        }
        return rows;
    }

    @Test
    void gaiaSourceIdsEncodeTheLevel12NestedPixel() {
        // Gaia DR3 4295806720, the first row of gaia_source: source_id >> 35 is its level-12 pixel.
        long sourceId = 4295806720L;
        assertThat(Healpix.ang2pix(12, 44.99615537864534, 0.005615226341865997)).isEqualTo(sourceId >> 35);
        // and a pixel's own centre maps back into the same pixel at level 12 for the seed's IDs
        for (long id : new long[] {30343944744320L, 6680733225618222592L, 5912901375001820288L}) {
            double[] centre = Healpix.pix2ang(12, id >> 35);
            assertThat(Healpix.ang2pix(12, centre[0], centre[1])).isEqualTo(id >> 35);
        }
    }
}
