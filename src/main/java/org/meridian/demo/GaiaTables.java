// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.meridian.demo.DemoManifest.Catalog;
import org.meridian.demo.VotFile.Column;

/** Writes Gaia-like {@code gaia_source} tables for DR1, DR2 and DR3, and DR3 epoch photometry. */
final class GaiaTables {

    private record Release(String schema, String name, double refEpoch, long solutionId) {}

    private static final List<Release> RELEASES = List.of(
            new Release("gaiadr1", "Gaia DR1", 2015.0, 1635378410781933568L),
            new Release("gaiadr2", "Gaia DR2", 2015.5, 1635721458409799680L),
            new Release("gaiadr3", "Gaia DR3", 2016.0, 4_295_806_720L));

    private GaiaTables() {}

    static List<Catalog> write(Path outDir, StarCatalog catalog) throws IOException {
        List<Catalog> written = new ArrayList<>();
        for (Release r : RELEASES) {
            String table = r.schema() + ".gaia_source";
            String path = "catalogs/" + table + ".vot";
            // DR1 lacked many faint sources: drop a fixed share of them, but never a seed source.
            List<Star> rows = r.schema().equals("gaiadr1")
                    ? catalog.stars().stream()
                            .filter(s -> s.variable() || s.gMag() < 20.2 || s.sourceId() % 5 != 0)
                            .toList()
                    : catalog.stars();
            long n = VotFile.write(outDir.resolve(path), table, sourceColumns(r), rows);
            written.add(new Catalog(table, path, "ra", "dec", n, r.name() + " source catalogue (synthetic)"));
        }
        String table = "gaiadr3.epoch_photometry";
        String path = "catalogs/" + table + ".vot";
        List<Transit> transits = transits(catalog);
        long n = VotFile.write(outDir.resolve(path), table, transitColumns(), transits);
        written.add(new Catalog(
                table, path, null, null, n, "Gaia DR3 epoch photometry, one row per transit and band (synthetic)"));
        written.addAll(GaiaProducts.write(outDir, catalog));
        return written;
    }

    private static List<Column<Star>> sourceColumns(Release r) {
        List<Column<Star>> c = new ArrayList<>();
        c.add(new Column<>(
                "solution_id", Long.class, null, "meta.version", "Solution Identifier", s -> r.solutionId()));
        c.add(new Column<>(
                "designation",
                String.class,
                null,
                "meta.id;meta.main",
                "Unique source designation (unique across all Data Releases)",
                s -> r.name() + " " + s.sourceId()));
        c.add(new Column<>(
                "source_id",
                Long.class,
                null,
                "meta.id",
                "Unique source identifier (unique within a particular Data Release)",
                Star::sourceId));
        c.add(new Column<>(
                "random_index",
                Long.class,
                null,
                "meta.code",
                "Random index for use when selecting subsets",
                s -> Math.floorMod(s.sourceId() * 0x9E3779B97F4A7C15L, 1_811_709_771L)));
        c.add(new Column<>(
                "ref_epoch", Double.class, "yr", "meta.ref;time.epoch", "Reference epoch", s -> r.refEpoch()));
        c.add(new Column<>("ra", Double.class, "deg", "pos.eq.ra;meta.main", "Right ascension", Star::ra));
        c.add(new Column<>(
                "ra_error",
                Float.class,
                "mas",
                "stat.error;pos.eq.ra",
                "Standard error of right ascension",
                s -> err(s, 0.02f)));
        c.add(new Column<>("dec", Double.class, "deg", "pos.eq.dec;meta.main", "Declination", Star::dec));
        c.add(new Column<>(
                "dec_error",
                Float.class,
                "mas",
                "stat.error;pos.eq.dec",
                "Standard error of declination",
                s -> err(s, 0.018f)));
        c.add(new Column<>("parallax", Double.class, "mas", "pos.parallax.trig", "Parallax", Star::parallax));
        c.add(new Column<>(
                "parallax_error",
                Float.class,
                "mas",
                "stat.error;pos.parallax.trig",
                "Standard error of parallax",
                s -> err(s, 0.025f)));
        c.add(new Column<>(
                "pmra",
                Double.class,
                "mas.yr**-1",
                "pos.pm;pos.eq.ra",
                "Proper motion in right ascension direction",
                Star::pmra));
        c.add(new Column<>(
                "pmra_error",
                Float.class,
                "mas.yr**-1",
                "stat.error;pos.pm;pos.eq.ra",
                "Standard error of proper motion in right ascension direction",
                s -> err(s, 0.03f)));
        c.add(new Column<>(
                "pmdec",
                Double.class,
                "mas.yr**-1",
                "pos.pm;pos.eq.dec",
                "Proper motion in declination direction",
                Star::pmdec));
        c.add(new Column<>(
                "pmdec_error",
                Float.class,
                "mas.yr**-1",
                "stat.error;pos.pm;pos.eq.dec",
                "Standard error of proper motion in declination direction",
                s -> err(s, 0.028f)));
        c.add(new Column<>(
                "phot_g_mean_flux",
                Double.class,
                "e-/s",
                "phot.flux;stat.mean;em.opt",
                "G-band mean flux",
                s -> Math.pow(10, -0.4 * (s.gMag() - 25.6874))));
        c.add(new Column<>(
                "phot_g_mean_mag", Float.class, "mag", "phot.mag;stat.mean;em.opt", "G-band mean magnitude", s ->
                        (float) s.gMag()));
        if (!r.schema().equals("gaiadr1")) {
            c.add(new Column<>(
                    "phot_bp_mean_mag",
                    Float.class,
                    "mag",
                    "phot.mag;stat.mean;em.opt.B",
                    "Integrated BP mean magnitude",
                    s -> (float) s.bpMag()));
            c.add(new Column<>(
                    "phot_rp_mean_mag",
                    Float.class,
                    "mag",
                    "phot.mag;stat.mean;em.opt.R",
                    "Integrated RP mean magnitude",
                    s -> (float) s.rpMag()));
            c.add(new Column<>("bp_rp", Float.class, "mag", "phot.color;em.opt.B;em.opt.R", "BP - RP colour", s ->
                    (float) s.bpRp()));
        }
        c.add(new Column<>(
                "phot_variable_flag",
                String.class,
                null,
                "meta.code;src.var",
                "Photometric variability flag",
                s -> s.variable() ? "VARIABLE" : "NOT_AVAILABLE"));
        if (r.schema().equals("gaiadr3")) {
            c.add(new Column<>(
                    "has_epoch_photometry",
                    Boolean.class,
                    null,
                    "meta.code.status",
                    "Flag indicating the availability of epoch photometry for this source",
                    Star::variable));
            c.add(flag("has_xp_continuous", "BP/RP spectra as basis-function coefficients", GaiaProducts::hasXp));
            c.add(flag("has_xp_sampled", "sampled BP/RP spectra", GaiaProducts::hasXp));
            c.add(flag("has_rvs", "an RVS mean spectrum", GaiaProducts::hasRvs));
            c.add(flag("has_mcmc_gspphot", "GSP-Phot MCMC samples", GaiaProducts::hasMcmcGspPhot));
            c.add(flag("has_mcmc_msc", "MSC MCMC samples", GaiaProducts::hasMcmcMsc));
        }
        return c;
    }

    private static Column<Star> flag(String name, String what, java.util.function.Predicate<Star> has) {
        return new Column<>(
                name,
                Boolean.class,
                null,
                "meta.code.status",
                "Flag indicating the availability of " + what + " for this source",
                has::test);
    }

    /** Positional errors grow with magnitude, as in the real catalogues. */
    private static float err(Star s, float base) {
        return (float) (base * Math.pow(10, 0.2 * (s.gMag() - 12)));
    }

    /** One epoch-photometry row: a transit of one source seen in one band. */
    record Transit(
            long sourceId,
            long transitId,
            String band,
            double time,
            Double mag,
            Double flux,
            Double fluxError,
            boolean rejectedByPhotometry,
            boolean rejectedByVariability,
            long otherFlags) {

        Float fluxOverError() {
            return flux == null ? null : (float) (flux / fluxError);
        }
    }

    private static List<Transit> transits(StarCatalog catalog) {
        List<Transit> rows = new ArrayList<>();
        for (Star s : catalog.stars()) {
            if (!s.variable()) {
                continue;
            }
            SplittableRandom rnd = Seeds.forName("epoch/" + s.sourceId());
            double period = 0.3 + rnd.nextDouble(20);
            double amplitude = 0.05 + rnd.nextDouble(0.5);
            double t = 1700 + rnd.nextDouble(30);
            for (int k = 0; k < 20; k++) {
                t += 5 + rnd.nextDouble(40);
                long transitId = 17_000_000_000_000_000L + (long) (t * 1e9) / 1000 * 1000 + (s.sourceId() & 0x3ff);
                double delta = amplitude * Math.sin(2 * Math.PI * t / period);
                for (String band : List.of("G", "BP", "RP")) {
                    double base =
                            switch (band) {
                                case "BP" -> s.bpMag();
                                case "RP" -> s.rpMag();
                                default -> s.gMag();
                            };
                    double mag = base + delta + 0.01 * rnd.nextGaussian();
                    double flux = Math.pow(10, -0.4 * (mag - 25.6874));
                    // As in DR3, a few transits have no flux and some are rejected, so VALID_DATA matters.
                    boolean missing = rnd.nextDouble() < 0.03;
                    boolean rejected = missing || rnd.nextDouble() < 0.05;
                    boolean rejectedByVariability = !rejected && rnd.nextDouble() < 0.02;
                    long flags = rejected ? 1L << (1 + rnd.nextInt(12)) : 0L;
                    rows.add(
                            missing
                                    ? new Transit(
                                            s.sourceId(), transitId, band, t, null, null, null, true, false, flags)
                                    : new Transit(
                                            s.sourceId(),
                                            transitId,
                                            band,
                                            t,
                                            mag,
                                            flux,
                                            flux * 0.004,
                                            rejected,
                                            rejectedByVariability,
                                            flags));
                }
            }
        }
        return rows;
    }

    private static List<Column<Transit>> transitColumns() {
        String flux = "'electron'.s**-1"; // Gaia DR3's unit string
        return List.of(
                new Column<>(
                        "source_id",
                        Long.class,
                        null,
                        "meta.id;meta.main",
                        "Unique source identifier (unique within a particular Data Release)",
                        Transit::sourceId),
                new Column<>(
                        "transit_id", Long.class, null, "meta.id", "Transit unique identifier", Transit::transitId),
                new Column<>(
                        "band", String.class, null, "instr.bandpass", "Photometric band (G, BP or RP)", Transit::band),
                new Column<>(
                        "time",
                        Double.class,
                        "d",
                        "time.epoch",
                        "Barycentric time of the transit (BJD in TCB - 2455197.5)",
                        Transit::time),
                new Column<>("mag", Double.class, "mag", "phot.mag", "Magnitude in the band", Transit::mag),
                new Column<>("flux", Double.class, flux, "phot.flux", "Flux in the band", Transit::flux),
                new Column<>(
                        "flux_error", Double.class, flux, "stat.error;phot.flux", "Flux error", t -> t.fluxError()),
                new Column<>(
                        "flux_over_error",
                        Float.class,
                        null,
                        "stat.snr;phot.flux",
                        "Flux divided by its error",
                        Transit::fluxOverError),
                new Column<>(
                        "rejected_by_photometry",
                        Boolean.class,
                        null,
                        "meta.code.qual",
                        "Rejected by the photometric pipeline",
                        Transit::rejectedByPhotometry),
                new Column<>(
                        "rejected_by_variability",
                        Boolean.class,
                        null,
                        "meta.code.qual",
                        "Rejected by the variability pipeline",
                        Transit::rejectedByVariability),
                new Column<>(
                        "other_flags",
                        Long.class,
                        null,
                        "meta.code",
                        "Additional processing flags",
                        t -> t.otherFlags()),
                new Column<>(
                        "solution_id",
                        Long.class,
                        null,
                        "meta.version",
                        "Solution Identifier",
                        t -> GaiaProducts.SOLUTION_ID));
    }
}
