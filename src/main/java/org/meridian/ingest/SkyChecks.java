// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.util.List;
import java.util.Objects;
import org.meridian.core.archive.Observation;
import org.meridian.core.archive.Pointing;
import org.meridian.sky.Spherical;

/**
 * A mapped file's position and footprint as the archive can index them. Headers from the wild carry
 * positions out of range (RA in hours written as degrees, placeholders) and WCSs that map the corners
 * onto one point (a zero CD matrix); such a file is still ingested, without that position or
 * footprint, and a warning says why.
 */
final class SkyChecks {

    private SkyChecks() {}

    static MappedFile checked(MappedFile mapped) {
        Observation o = mapped.observation();
        Pointing p = o.pointing();
        MappedFile result = mapped;
        Double ra = p.ra();
        Double dec = p.dec();
        if (ra != null && dec != null && !onTheSky(ra, dec)) {
            result = result.warn("position (" + ra + ", " + dec + ") is not on the sky; no position recorded");
            ra = null;
            dec = null;
        } else if (ra != null && (ra < 0 || ra >= 360)) {
            ra = ((ra % 360) + 360) % 360; // -10 and 350 are one right ascension
        }
        List<double[]> footprint = p.footprint();
        if (!footprint.isEmpty() && !indexable(footprint)) {
            result = result.warn("the WCS footprint is degenerate (corners coincide or span a hemisphere);"
                    + " no footprint recorded");
            footprint = List.of();
        }
        if (Objects.equals(ra, p.ra()) && Objects.equals(dec, p.dec()) && footprint == p.footprint()) {
            return result;
        }
        Pointing checked = new Pointing(
                p.object(),
                ra,
                dec,
                p.azimuth(),
                p.elevation(),
                p.cassRotatorPa(),
                p.airmass(),
                footprint,
                p.proprietaryCoordinates());
        return result.with(new Observation(
                o.identity(),
                o.timing(),
                checked,
                o.setup(),
                o.detector(),
                o.conditions(),
                o.classification(),
                o.extra()));
    }

    private static boolean onTheSky(double ra, double dec) {
        return Double.isFinite(ra) && Double.isFinite(dec) && ra >= -360 && ra <= 360 && dec >= -90 && dec <= 90;
    }

    private static boolean indexable(List<double[]> footprint) {
        for (double[] v : footprint) {
            if (!onTheSky(v[0], v[1])) {
                return false;
            }
        }
        try {
            Spherical.boundingCircle(footprint);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
