// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Observatory sites, the pointing geometry headers need, and the sexagesimal strings LCO writes. */
final class Sites {

    record Site(String code, double latitude, double longitude) {}

    static final Site MAUNA_KEA = new Site("mko", 19.8238, -155.469);
    static final Site CERRO_PACHON = new Site("cp", -30.2407, -70.7367);
    static final Site PARANAL = new Site("paranal", -24.6272, -70.4042);

    private static final Instant J2000 = Instant.parse("2000-01-01T12:00:00Z");

    private Sites() {}

    /** Local sidereal time in degrees (GMST, good to a second of time: plenty for headers). */
    static double lst(Site site, Instant t) {
        double days = Duration.between(J2000, t).toMillis() / 86_400_000.0;
        return StarCatalog.wrap(280.46061837 + 360.98564736629 * days + site.longitude());
    }

    /** {azimuth (from north through east), elevation} in degrees. */
    static double[] altAz(Site site, Instant t, double ra, double dec) {
        double ha = Math.toRadians(lst(site, t) - ra);
        double lat = Math.toRadians(site.latitude());
        double d = Math.toRadians(dec);
        double sinAlt = Math.sin(d) * Math.sin(lat) + Math.cos(d) * Math.cos(lat) * Math.cos(ha);
        double alt = Math.asin(sinAlt);
        double az = Math.atan2(
                -Math.cos(d) * Math.sin(ha), Math.sin(d) * Math.cos(lat) - Math.cos(d) * Math.sin(lat) * Math.cos(ha));
        return new double[] {StarCatalog.wrap(Math.toDegrees(az)), Math.toDegrees(alt)};
    }

    /** Plane-parallel airmass, floored at the horizon so headers never carry nonsense. */
    static double airmass(double elevationDeg) {
        return 1 / Math.sin(Math.toRadians(Math.max(elevationDeg, 6)));
    }

    /** {@code HH:MM:SS.sss} for a right ascension in degrees. */
    static String hours(double raDeg) {
        return sexagesimal(StarCatalog.wrap(raDeg) / 15, false, 3);
    }

    /** {@code +DD:MM:SS.ss} for a declination in degrees. */
    static String degrees(double decDeg) {
        return sexagesimal(decDeg, true, 2);
    }

    private static String sexagesimal(double v, boolean signed, int decimals) {
        String sign = v < 0 ? "-" : (signed ? "+" : "");
        double scale = Math.pow(10, decimals);
        long total = Math.round(Math.abs(v) * 3600 * scale);
        long whole = total / (long) scale;
        long frac = total % (long) scale;
        return String.format(
                Locale.ROOT,
                "%s%02d:%02d:%02d.%0" + decimals + "d",
                sign,
                whole / 3600,
                (whole / 60) % 60,
                whole % 60,
                frac);
    }
}
