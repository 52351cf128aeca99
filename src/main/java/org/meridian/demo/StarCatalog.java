// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.meridian.sky.Healpix;

/**
 * The synthetic sky every demo file and catalog is drawn from: dense fields around pointings, a
 * sparse all-sky background, and the sources the seed documents name by id.
 */
final class StarCatalog {

    /** Source ids used by the Gaia seed document (DataLink, epoch photometry and XP examples). */
    static final List<Long> SEED_SOURCE_IDS = List.of(
            30343944744320L,
            10655814178816L,
            46316927345664L,
            54528905041920L,
            56732223835904L,
            5912901375001820288L,
            5912586227479692800L,
            5912437793408452608L,
            6680733225618222592L,
            1514169246023424L,
            16061459700373248L);

    static final int BACKGROUND_STARS = 14000;
    private static final double BAND_DEG = 0.5;

    private final List<Star> stars;
    private final List<List<Star>> bands;

    private StarCatalog(List<Star> stars) {
        this.stars = List.copyOf(stars);
        int bandCount = (int) Math.ceil(180 / BAND_DEG) + 1;
        List<List<Star>> b = new ArrayList<>(bandCount);
        for (int i = 0; i < bandCount; i++) {
            b.add(new ArrayList<>());
        }
        for (Star s : stars) {
            b.get(band(s.dec())).add(s);
        }
        b.forEach(list -> list.sort(Comparator.comparingDouble(Star::ra)));
        this.bands = b;
    }

    static StarCatalog build(List<SkyField> fields, int scale) {
        List<Star> out = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (long id : SEED_SOURCE_IDS) {
            out.add(seedStar(id));
            ids.add(id);
        }
        long[] running = {1};
        for (SkyField f : fields) {
            SplittableRandom rnd = Seeds.forName("field/" + f.name());
            int n = f.stars() * scale;
            for (int i = 0; i < n; i++) {
                double r = f.radiusDeg() * Math.sqrt(rnd.nextDouble());
                double theta = rnd.nextDouble(2 * Math.PI);
                double dec = clampDec(f.dec() + r * Math.cos(theta));
                double ra = wrap(f.ra() + r * Math.sin(theta) / Math.max(0.05, Math.cos(Math.toRadians(dec))));
                out.add(randomStar(rnd, ra, dec, ids, running, 0.005));
            }
        }
        SplittableRandom bg = Seeds.forName("background");
        for (int i = 0; i < BACKGROUND_STARS * scale; i++) {
            double ra = bg.nextDouble(360);
            double dec = Math.toDegrees(Math.asin(2 * bg.nextDouble() - 1));
            out.add(randomStar(bg, ra, dec, ids, running, 0.002));
        }
        out.sort(Comparator.comparingLong(Star::sourceId));
        return new StarCatalog(out);
    }

    List<Star> stars() {
        return stars;
    }

    /** Stars within a box of half-size {@code halfSizeDeg} (in true angle) around a position. */
    List<Star> near(double ra, double dec, double halfSizeDeg) {
        List<Star> found = new ArrayList<>();
        int lo = band(Math.max(-90, dec - halfSizeDeg));
        int hi = band(Math.min(90, dec + halfSizeDeg));
        double cosDec = Math.cos(Math.toRadians(Math.min(89.0, Math.abs(dec) + halfSizeDeg)));
        double raHalf = Math.min(180, halfSizeDeg / cosDec);
        for (int b = lo; b <= hi; b++) {
            for (Star s : bands.get(b)) {
                double dra = Math.abs(wrap(s.ra() - ra + 180) - 180);
                if (dra <= raHalf && Math.abs(s.dec() - dec) <= halfSizeDeg) {
                    found.add(s);
                }
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** A seed source placed inside the level-12 pixel its id names, a little off the pixel centre. */
    private static Star seedStar(long id) {
        long pixel = id >> Star.ID_SHIFT;
        double[] centre = Healpix.pix2ang(Star.ID_HEALPIX_ORDER, pixel);
        SplittableRandom rnd = Seeds.forName("seed-source/" + id);
        double ra = centre[0];
        double dec = centre[1];
        double offRa = (rnd.nextDouble() - 0.5) * 6 / 3600;
        double offDec = (rnd.nextDouble() - 0.5) * 6 / 3600;
        double tryDec = clampDec(dec + offDec);
        double tryRa = wrap(ra + offRa / Math.max(0.05, Math.cos(Math.toRadians(tryDec))));
        if (Healpix.ang2pix(Star.ID_HEALPIX_ORDER, tryRa, tryDec) == pixel) {
            ra = tryRa;
            dec = tryDec;
        }
        return new Star(
                id,
                ra,
                dec,
                12 + rnd.nextDouble(6),
                0.4 + rnd.nextDouble(1.6),
                0.2 + rnd.nextDouble(3),
                rnd.nextGaussian() * 5,
                rnd.nextGaussian() * 5,
                true);
    }

    private static Star randomStar(
            SplittableRandom rnd, double ra, double dec, Set<Long> ids, long[] running, double variableFraction) {
        long pixel = Healpix.ang2pix(Star.ID_HEALPIX_ORDER, ra, dec);
        long id;
        do {
            id = (pixel << Star.ID_SHIFT) | running[0]++;
        } while (!ids.add(id));
        // Faint stars outnumber bright ones, roughly as in real number counts.
        double g = 21.0 - 9.5 * Math.pow(rnd.nextDouble(), 2.2);
        double bpRp = 0.3 + rnd.nextDouble(1.8) + 0.2 * rnd.nextGaussian();
        double parallax = Math.abs(rnd.nextGaussian()) * 2.5 / (1 + (g - 12) / 4);
        return new Star(
                id,
                ra,
                dec,
                g,
                bpRp,
                parallax,
                rnd.nextGaussian() * 6,
                rnd.nextGaussian() * 6,
                rnd.nextDouble() < variableFraction);
    }

    private static int band(double dec) {
        return (int) Math.floor((dec + 90) / BAND_DEG);
    }

    static double wrap(double ra) {
        double r = ra % 360;
        return r < 0 ? r + 360 : r;
    }

    private static double clampDec(double dec) {
        return Math.max(-89.999, Math.min(89.999, dec));
    }
}
