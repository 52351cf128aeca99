// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

/** What a Request points at: a star-like position or a body described by orbital elements. */
public sealed interface Target permits Target.Sidereal, Target.NonSidereal {

    String name();

    /**
     * ICRS position. Proper motions are in mas/yr (RA component includes cos dec, as the portal
     * takes them), parallax in mas, epoch a Julian year.
     */
    record Sidereal(
            String name,
            double ra,
            double dec,
            double properMotionRa,
            double properMotionDec,
            double parallax,
            double epoch)
            implements Target {
        public Sidereal {
            require(ra >= 0 && ra <= 360, "ra must be within [0, 360]");
            require(dec >= -90 && dec <= 90, "dec must be within [-90, 90]");
            require(
                    Math.abs(properMotionRa) <= 20000 && Math.abs(properMotionDec) <= 20000,
                    "proper motion must be <= 20000 mas/yr");
            require(Math.abs(parallax) <= 2000, "parallax must be <= 2000 mas");
            require(epoch <= 2100, "epoch must be <= 2100");
        }

        /** The portal's defaults: no proper motion, no parallax, epoch 2000. */
        public static Sidereal of(String name, double ra, double dec) {
            return new Sidereal(name, ra, dec, 0, 0, 0, 2000);
        }
    }

    /**
     * Heliocentric osculating elements referred to the J2000 ecliptic. Angles in degrees, distances
     * in au, epochs as MJD (TT). Fields a scheme does not use are NaN.
     */
    record NonSidereal(
            String name,
            OrbitalScheme scheme,
            double epochofel,
            double orbinc,
            double longascnode,
            double argofperih,
            double meandist,
            double eccentricity,
            double meananom,
            double perihdist,
            double epochofperih,
            double dailymot)
            implements Target {
        public NonSidereal {
            require(scheme != null, "scheme is required");
            require(epochofel >= 10000 && epochofel <= 100000, "epochofel must be an MJD within [10000, 100000]");
            require(orbinc >= 0 && orbinc <= 180, "orbinc must be within [0, 180]");
            require(longascnode >= 0 && longascnode <= 360, "longascnode must be within [0, 360]");
            require(argofperih >= 0 && argofperih <= 360, "argofperih must be within [0, 360]");
            require(eccentricity >= 0, "eccentricity must be >= 0");
            if (!scheme.isComet()) {
                require(
                        eccentricity <= 0.9,
                        "Non sidereal pointing of scheme " + scheme
                                + " requires eccentricity to be lower than 0.9. Submit with scheme MPC_COMET to use your"
                                + " eccentricity of " + eccentricity + ".");
                require(meandist > 0, "meandist is required for " + scheme);
                require(meananom >= 0 && meananom <= 360, "meananom must be within [0, 360]");
            } else {
                require(perihdist > 0, "perihdist is required for MPC_COMET");
                require(
                        epochofperih >= 10000 && epochofperih <= 100000,
                        "epochofperih must be an MJD within [10000, 100000]");
            }
        }

        public static NonSidereal minorPlanet(
                String name,
                double epochofel,
                double orbinc,
                double longascnode,
                double argofperih,
                double meandist,
                double eccentricity,
                double meananom) {
            return new NonSidereal(
                    name,
                    OrbitalScheme.MPC_MINOR_PLANET,
                    epochofel,
                    orbinc,
                    longascnode,
                    argofperih,
                    meandist,
                    eccentricity,
                    meananom,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN);
        }

        public static NonSidereal comet(
                String name,
                double epochofel,
                double orbinc,
                double longascnode,
                double argofperih,
                double perihdist,
                double eccentricity,
                double epochofperih) {
            return new NonSidereal(
                    name,
                    OrbitalScheme.MPC_COMET,
                    epochofel,
                    orbinc,
                    longascnode,
                    argofperih,
                    Double.NaN,
                    eccentricity,
                    Double.NaN,
                    perihdist,
                    epochofperih,
                    Double.NaN);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
