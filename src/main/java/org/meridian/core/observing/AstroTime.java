// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.time.Instant;
import org.jastronomy.jsofa.JSOFA;
import org.jastronomy.jsofa.JSOFAException;

/** An instant as SOFA two-part dates: UTC and TT, both as 2400000.5 + MJD. */
public record AstroTime(double utcMjd, double ttMjd) {
    public static final double MJD_ZERO = 2400000.5;
    private static final double UNIX_EPOCH_MJD = 40587.0;

    public static AstroTime of(Instant t) {
        double utcMjd = UNIX_EPOCH_MJD + (t.getEpochSecond() + t.getNano() * 1e-9) / 86400.0;
        try {
            JSOFA.JulianDate tai = JSOFA.jauUtctai(MJD_ZERO, utcMjd);
            JSOFA.JulianDate tt = JSOFA.jauTaitt(tai.djm0, tai.djm1);
            return new AstroTime(utcMjd, tt.djm0 - MJD_ZERO + tt.djm1);
        } catch (JSOFAException e) {
            throw new IllegalArgumentException("SOFA cannot convert " + t + " to TT: " + e.getMessage(), e);
        }
    }

    /** Greenwich mean sidereal time (IAU 2006) in hours, taking UT1 = UTC. */
    public double gmstHours() {
        double gmst = JSOFA.jauGmst06(MJD_ZERO, utcMjd, MJD_ZERO, ttMjd);
        return Math.toDegrees(gmst) / 15.0;
    }
}
