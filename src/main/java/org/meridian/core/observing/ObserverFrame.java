// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.time.Instant;
import org.jastronomy.jsofa.JSOFA;
import org.jastronomy.jsofa.JSOFAException;

/**
 * SOFA's star-independent astrometry for one site and instant ({@code jauApco13}), shared by every
 * body evaluated there. UT1−UTC and polar motion are taken as zero: no IERS tables are read, which
 * costs at most ~0.9 s of hour angle (0.004°).
 */
public final class ObserverFrame {
    /** slalib's standard atmosphere as rise_set passes it to AOP. */
    static final double PRESSURE_HPA = 1013.25;

    static final double TEMPERATURE_C = 0.0;
    static final double HUMIDITY = 0.3;
    static final double WAVELENGTH_UM = 0.55;

    private final Instant instant;
    private final AstroTime time;
    private final JSOFA.Astrom refracted = new JSOFA.Astrom();
    private final JSOFA.Astrom geometric;
    /** The observer's geocentric position (au, BCRS axes) when known without another jauEpv00 call. */
    private final double[] geocentric;
    /** The Moon's geocentric position (au) when interpolated by {@link FrameCache}; null computes it exactly. */
    private final double[] moonGeocentric;

    /**
     * A frame for many samples: the hourly astrometry is computed once per site and reused (see
     * {@link FrameCache}); only the Earth rotation angle is exact. Agrees with the exact frame to
     * better than 0.01 degree.
     */
    public static ObserverFrame at(Site site, Instant instant) {
        return FrameCache.SHARED.frame(site, instant);
    }

    ObserverFrame(
            Instant instant, AstroTime time, JSOFA.Astrom refracted, double[] geocentric, double[] moonGeocentric) {
        this.instant = instant;
        this.time = time;
        copy(refracted, this.refracted);
        this.geometric = withoutRefraction(this.refracted);
        this.geocentric = geocentric;
        this.moonGeocentric = moonGeocentric;
    }

    /** The exact frame: SOFA's full astrometry (nutation included) for this instant. */
    public ObserverFrame(Site site, Instant instant) {
        this.instant = instant;
        this.time = AstroTime.of(instant);
        try {
            JSOFA.jauApco13(
                    AstroTime.MJD_ZERO,
                    time.utcMjd(),
                    0.0,
                    Math.toRadians(site.longitude()),
                    Math.toRadians(site.latitude()),
                    site.elevation(),
                    0,
                    0,
                    PRESSURE_HPA,
                    TEMPERATURE_C,
                    HUMIDITY,
                    WAVELENGTH_UM,
                    refracted);
        } catch (JSOFAException e) {
            throw new IllegalArgumentException("SOFA cannot handle " + instant + ": " + e.getMessage(), e);
        }
        geometric = withoutRefraction(refracted);
        geocentric = null;
        moonGeocentric = null;
    }

    /** The full astrometry context of this frame (read by {@link FrameCache}). */
    JSOFA.Astrom astrom() {
        return refracted;
    }

    public Instant instant() {
        return instant;
    }

    public AstroTime time() {
        return time;
    }

    /** A catalogue star (ICRS J2000 place with its space motion), refracted or geometric. */
    public Horizontal star(StarPlace p, boolean refraction) {
        JSOFA.SphericalCoordinate cirs =
                JSOFA.jauAtciq(p.ra(), p.dec(), p.pmRa(), p.pmDec(), p.parallaxArcsec(), 0.0, astrom(refraction));
        return observed(cirs, refraction);
    }

    /** A body given by its BCRS-axes vector from this observer (au); aberration is applied as for a star. */
    public Horizontal direction(double[] fromObserver, boolean refraction) {
        JSOFA.SphericalCoordinate icrs = JSOFA.jauC2s(fromObserver);
        return observed(JSOFA.jauAtciqz(icrs.alpha, icrs.delta, astrom(refraction)), refraction);
    }

    public Horizontal sun() {
        double[] toSun = new double[3];
        for (int i = 0; i < 3; i++) {
            toSun[i] = -refracted.eh[i] * refracted.em;
        }
        return direction(toSun, false);
    }

    /** The Moon (SOFA Moon98), topocentric: its geocentric vector less the observer's geocentric position. */
    public Horizontal moon() {
        double[] moon = moonGeocentric();
        double[] observer = observerGeocentric();
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            v[i] = moon[i] - observer[i];
        }
        return direction(v, false);
    }

    /** The Moon's geocentric position, au, GCRS axes (SOFA Moon98). */
    double[] moonGeocentric() {
        return moonGeocentric != null ? moonGeocentric : JSOFA.jauMoon98(AstroTime.MJD_ZERO, time.ttMjd())[0];
    }

    /** The observer's geocentric position, au, BCRS axes. */
    double[] observerGeocentric() {
        if (geocentric != null) {
            return geocentric;
        }
        double[][] earthHelio = new double[2][3];
        double[][] earthBary = new double[2][3];
        JSOFA.jauEpv00(AstroTime.MJD_ZERO, time.ttMjd(), earthHelio, earthBary);
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            v[i] = refracted.eb[i] - earthBary[0][i];
        }
        return v;
    }

    /** Heliocentric position of the observer, au, BCRS axes. */
    public double[] observerHeliocentric() {
        return new double[] {
            refracted.eh[0] * refracted.em, refracted.eh[1] * refracted.em, refracted.eh[2] * refracted.em
        };
    }

    private JSOFA.Astrom astrom(boolean refraction) {
        return refraction ? refracted : geometric;
    }

    private Horizontal observed(JSOFA.SphericalCoordinate cirs, boolean refraction) {
        JSOFA.ObservedPosition o = JSOFA.jauAtioq(cirs.alpha, cirs.delta, astrom(refraction));
        double ha = Math.toDegrees(JSOFA.jauAnpm(o.hob)) / 15.0;
        return new Horizontal(90.0 - Math.toDegrees(o.zob), Math.toDegrees(o.aob), ha);
    }

    /** The same frame with SOFA's refraction constants zeroed, for geometric altitudes. */
    private static JSOFA.Astrom withoutRefraction(JSOFA.Astrom a) {
        JSOFA.Astrom b = new JSOFA.Astrom();
        copy(a, b);
        b.refa = 0;
        b.refb = 0;
        return b;
    }

    static void copy(JSOFA.Astrom a, JSOFA.Astrom b) {
        b.pmt = a.pmt;
        b.eb = a.eb;
        b.eh = a.eh;
        b.em = a.em;
        b.v = a.v;
        b.bm1 = a.bm1;
        b.bpn = a.bpn;
        b.along = a.along;
        b.phi = a.phi;
        b.xpl = a.xpl;
        b.ypl = a.ypl;
        b.sphi = a.sphi;
        b.cphi = a.cphi;
        b.diurab = a.diurab;
        b.eral = a.eral;
        b.refa = a.refa;
        b.refb = a.refb;
    }
}
