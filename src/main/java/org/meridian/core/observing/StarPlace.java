// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import org.jastronomy.jsofa.JSOFA;
import org.jastronomy.jsofa.JSOFAException;

/** A sidereal target as SOFA wants it: ICRS at epoch J2000, radians, RA rate as dRA/dt per Julian year. */
public record StarPlace(double ra, double dec, double pmRa, double pmDec, double parallaxArcsec) {
    private static final double J2000 = 2451545.0;
    private static final double MAS = Math.toRadians(1.0 / 3_600_000.0);

    /** Converts the portal's units (mas/yr with cos dec, mas) and moves the position to J2000. */
    public static StarPlace of(Target.Sidereal t) {
        double ra = Math.toRadians(t.ra());
        double dec = Math.toRadians(t.dec());
        double cosDec = Math.max(Math.cos(dec), 1e-9);
        double pmRa = t.properMotionRa() * MAS / cosDec;
        double pmDec = t.properMotionDec() * MAS;
        double px = t.parallax() / 1000.0;
        if (t.epoch() == 2000.0) {
            return new StarPlace(ra, dec, pmRa, pmDec, px);
        }
        double epochJd = J2000 + (t.epoch() - 2000.0) * 365.25;
        try {
            JSOFA.CatalogCoords c = JSOFA.jauPmsafe(ra, dec, pmRa, pmDec, px, 0.0, epochJd, 0.0, J2000, 0.0);
            return new StarPlace(c.pos.alpha, c.pos.delta, c.pm.alpha, c.pm.delta, c.px);
        } catch (JSOFAException e) {
            throw new IllegalArgumentException("cannot move " + t.name() + " to epoch J2000: " + e.getMessage(), e);
        }
    }
}
