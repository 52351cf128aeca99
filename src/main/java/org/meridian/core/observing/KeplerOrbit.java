// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

/**
 * Two-body heliocentric motion from MPC-style elements (J2000 ecliptic). SOFA has no general
 * orbit propagator (slalib's planel is not part of it), so the conic is solved here: elliptic by
 * Kepler's equation, hyperbolic by its sinh form, parabolic by Barker's equation.
 */
public final class KeplerOrbit {
    /** Gaussian gravitational constant, rad/day; GM_sun = k² au³/day². */
    static final double K = 0.01720209895;
    /** IAU 2006 obliquity of the ecliptic at J2000, radians. */
    static final double OBLIQUITY = Math.toRadians(84381.406 / 3600.0);

    private static final double PARABOLIC_BAND = 1e-6;

    private final double q;
    private final double e;
    private final double perihelionMjd;
    private final double meanMotion;
    private final double[][] toEquatorial;

    public KeplerOrbit(Target.NonSidereal t) {
        e = t.eccentricity();
        if (t.scheme().isComet()) {
            q = t.perihdist();
            perihelionMjd = t.epochofperih();
            meanMotion = Math.abs(1 - e) < PARABOLIC_BAND ? Double.NaN : K / Math.pow(q / Math.abs(1 - e), 1.5);
        } else {
            double a = t.meandist();
            q = a * (1 - e);
            double n = Double.isNaN(t.dailymot()) ? K / Math.pow(a, 1.5) : Math.toRadians(t.dailymot());
            meanMotion = n;
            perihelionMjd = t.epochofel() - Math.toRadians(t.meananom()) / n;
        }
        toEquatorial =
                rotation(Math.toRadians(t.longascnode()), Math.toRadians(t.orbinc()), Math.toRadians(t.argofperih()));
    }

    /** Heliocentric position at a TT date (MJD), au, equatorial J2000 axes (≈ ICRS). */
    public double[] position(double ttMjd) {
        double dt = ttMjd - perihelionMjd;
        double x;
        double y;
        if (Double.isNaN(meanMotion)) {
            double w = 3 * K / Math.sqrt(2 * q * q * q) * dt;
            double s = barker(w);
            x = q * (1 - s * s);
            y = 2 * q * s;
        } else if (e < 1) {
            double a = q / (1 - e);
            double m = Math.IEEEremainder(meanMotion * dt, 2 * Math.PI);
            double ecc = solveElliptic(m);
            x = a * (Math.cos(ecc) - e);
            y = a * Math.sqrt(1 - e * e) * Math.sin(ecc);
        } else {
            double a = q / (e - 1);
            double h = solveHyperbolic(meanMotion * dt);
            x = a * (e - Math.cosh(h));
            y = a * Math.sqrt(e * e - 1) * Math.sinh(h);
        }
        double[] p = new double[3];
        for (int i = 0; i < 3; i++) {
            p[i] = toEquatorial[i][0] * x + toEquatorial[i][1] * y;
        }
        return p;
    }

    private double solveElliptic(double m) {
        double ecc = e < 0.8 ? m : Math.PI * Math.signum(m == 0 ? 1 : m);
        for (int i = 0; i < 50; i++) {
            double step = (ecc - e * Math.sin(ecc) - m) / (1 - e * Math.cos(ecc));
            ecc -= step;
            if (Math.abs(step) < 1e-14) {
                break;
            }
        }
        return ecc;
    }

    private double solveHyperbolic(double n) {
        double h = Math.log(2 * Math.abs(n) / e + 1.8) * Math.signum(n);
        for (int i = 0; i < 100; i++) {
            double step = (e * Math.sinh(h) - h - n) / (e * Math.cosh(h) - 1);
            h -= step;
            if (Math.abs(step) < 1e-14) {
                break;
            }
        }
        return h;
    }

    /** s = tan(ν/2) from s³ + 3s = w, in closed form. */
    private static double barker(double w) {
        double y = Math.cbrt(w / 2 + Math.sqrt(w * w / 4 + 1));
        return y - 1 / y;
    }

    /** Orbital plane (perihelion along x) → ecliptic (node, inclination, perihelion) → equator (obliquity). */
    private static double[][] rotation(double node, double inc, double peri) {
        double cn = Math.cos(node), sn = Math.sin(node), ci = Math.cos(inc), si = Math.sin(inc);
        double cw = Math.cos(peri), sw = Math.sin(peri);
        double[][] ecl = {
            {cn * cw - sn * sw * ci, -cn * sw - sn * cw * ci, sn * si},
            {sn * cw + cn * sw * ci, -sn * sw + cn * cw * ci, -cn * si},
            {sw * si, cw * si, ci}
        };
        double ce = Math.cos(OBLIQUITY), se = Math.sin(OBLIQUITY);
        double[][] out = new double[3][3];
        for (int j = 0; j < 3; j++) {
            out[0][j] = ecl[0][j];
            out[1][j] = ce * ecl[1][j] - se * ecl[2][j];
            out[2][j] = se * ecl[1][j] + ce * ecl[2][j];
        }
        return out;
    }
}
