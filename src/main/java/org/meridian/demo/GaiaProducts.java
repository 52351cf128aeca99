// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.meridian.demo.DemoManifest.Catalog;
import org.meridian.demo.VotFile.Column;

/**
 * The Gaia DR3 DataLink products of the demo's sources, written as ordinary catalogue tables (the
 * data server reads them like any catalogue; nothing is computed per request): BP/RP spectra sampled
 * and as basis coefficients, RVS mean spectra, and the GSP-Phot and MSC MCMC chains. Column names,
 * units and UCDs follow Gaia DR3's products. Which sources have which product is decided here once
 * and also written into {@code gaia_source}'s {@code has_*} flags. Tables are written in source_id
 * order so that one source's rows are contiguous.
 */
final class GaiaProducts {

    static final String SCHEMA = "gaiadr3";
    static final long SOLUTION_ID = 4_295_806_720L;

    /** XP sampled mean spectra: 343 samples from 336 to 1020 nm, as in Gaia DR3. */
    static final int XP_SAMPLES = 343;
    /** RVS mean spectra: 2401 samples from 846 to 870 nm; the demo keeps every tenth (241) to stay small. */
    static final int RVS_SAMPLES = 241;
    /** XP basis coefficients per band, and the correlations' packed lower triangle (55 * 54 / 2). */
    static final int XP_BASES = 55;

    static final int XP_CORRELATIONS = XP_BASES * (XP_BASES - 1) / 2;
    /** Samples kept per MCMC chain. */
    static final int MCMC_SAMPLES = 100;

    private GaiaProducts() {}

    /** A number in [0, 1) fixed by the source id, for choosing which sources carry which product. */
    private static double draw(Star s, int salt) {
        long h = (s.sourceId() + salt) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (h >>> 11) * 0x1.0p-53;
    }

    /** The seed document's example sources (which are variable stars) carry every product. */
    private static boolean seed(Star s) {
        return StarCatalog.SEED_SOURCE_IDS.contains(s.sourceId());
    }

    /** BP/RP spectra (XP_SAMPLED and XP_CONTINUOUS): a share of the sources brighter than G = 17.65, as in DR3. */
    static boolean hasXp(Star s) {
        return seed(s) || s.gMag() < 17.65 && draw(s, 1) < 0.015;
    }

    /** GSP-Phot chains come from the BP/RP spectra. */
    static boolean hasMcmcGspPhot(Star s) {
        return hasXp(s);
    }

    static boolean hasMcmcMsc(Star s) {
        return seed(s) || hasXp(s) && draw(s, 2) < 0.5;
    }

    /** RVS spectra: bright sources only. */
    static boolean hasRvs(Star s) {
        return seed(s) || s.gMag() < 12 && draw(s, 3) < 0.2;
    }

    static List<Catalog> write(Path outDir, StarCatalog catalog) throws IOException {
        List<Catalog> written = new ArrayList<>();
        List<Star> xp = catalog.stars().stream().filter(GaiaProducts::hasXp).toList();
        written.add(table(
                outDir,
                "xp_sampled_mean_spectrum",
                "Gaia DR3 BP/RP mean spectra sampled on 343 wavelengths, one row per source and wavelength (synthetic)",
                xpSampledColumns(),
                expand(xp, GaiaProducts::xpSampled)));
        written.add(table(
                outDir,
                "xp_continuous_mean_spectrum",
                "Gaia DR3 BP/RP mean spectra as basis-function coefficients with errors and correlations (synthetic)",
                xpContinuousColumns(),
                xp));
        written.add(table(
                outDir,
                "rvs_mean_spectrum",
                "Gaia DR3 RVS mean spectra, one row per source and wavelength (synthetic)",
                rvsColumns(),
                expand(catalog.stars().stream().filter(GaiaProducts::hasRvs).toList(), GaiaProducts::rvs)));
        written.add(table(
                outDir,
                "mcmc_samples_gsp_phot",
                "Gaia DR3 GSP-Phot MCMC samples, one row per sample (synthetic)",
                gspPhotColumns(),
                expand(
                        catalog.stars().stream()
                                .filter(GaiaProducts::hasMcmcGspPhot)
                                .toList(),
                        GaiaProducts::gspPhot)));
        written.add(table(
                outDir,
                "mcmc_samples_msc",
                "Gaia DR3 MSC (multiple star classifier) MCMC samples, one row per sample (synthetic)",
                mscColumns(),
                expand(catalog.stars().stream().filter(GaiaProducts::hasMcmcMsc).toList(), GaiaProducts::msc)));
        return written;
    }

    private static <T> Catalog table(
            Path outDir, String name, String description, List<Column<T>> columns, List<T> rows) throws IOException {
        String table = SCHEMA + "." + name;
        String path = "catalogs/" + table + ".vot";
        long n = VotFile.write(outDir.resolve(path), table, columns, rows);
        return new Catalog(table, path, null, null, n, description);
    }

    private static <T> List<T> expand(List<Star> stars, Function<Star, List<T>> rows) {
        List<T> out = new ArrayList<>();
        stars.forEach(s -> out.addAll(rows.apply(s)));
        return out;
    }

    // ---- XP sampled -------------------------------------------------------------------------------

    record Sample(long sourceId, double wavelength, double flux, double fluxError) {}

    /** A smooth black-body-like shape scaled by the G flux, with a little noise. */
    private static List<Sample> xpSampled(Star s) {
        SplittableRandom rnd = Seeds.forName("xp-sampled/" + s.sourceId());
        double scale = 1e-17 * Math.pow(10, -0.4 * (s.gMag() - 15));
        double peak = 500 + 120 * s.bpRp();
        List<Sample> rows = new ArrayList<>(XP_SAMPLES);
        for (int i = 0; i < XP_SAMPLES; i++) {
            double wl = 336 + 2.0 * i;
            double x = (wl - peak) / 260;
            double flux = scale * Math.exp(-x * x) * (1 + 0.01 * rnd.nextGaussian());
            rows.add(new Sample(s.sourceId(), wl, flux, Math.abs(flux) * 0.02 + scale * 1e-3));
        }
        return rows;
    }

    private static List<Column<Sample>> xpSampledColumns() {
        return List.of(
                sourceId(Sample::sourceId),
                solutionId(),
                new Column<>(
                        "wavelength",
                        Double.class,
                        "nm",
                        "em.wl",
                        "Wavelength at which the spectrum is sampled",
                        Sample::wavelength),
                new Column<>(
                        "flux",
                        Float.class,
                        "W.m**-2.nm**-1",
                        "phot.flux.density;em.wl",
                        "Mean BP + RP combined spectrum flux",
                        r -> (float) r.flux()),
                new Column<>(
                        "flux_error",
                        Float.class,
                        "W.m**-2.nm**-1",
                        "stat.error;phot.flux.density;em.wl",
                        "Mean BP + RP combined spectrum flux error",
                        r -> (float) r.fluxError()));
    }

    // ---- RVS --------------------------------------------------------------------------------------

    /** A normalised continuum with the calcium triplet (849.8, 854.2, 866.2 nm) as absorption lines. */
    private static List<Sample> rvs(Star s) {
        SplittableRandom rnd = Seeds.forName("rvs/" + s.sourceId());
        double depth = 0.3 + 0.4 * rnd.nextDouble();
        double noise = 0.002 * Math.pow(10, 0.2 * (s.gMag() - 10));
        List<Sample> rows = new ArrayList<>(RVS_SAMPLES);
        for (int i = 0; i < RVS_SAMPLES; i++) {
            double wl = 846 + 0.1 * i;
            double flux = 1 + noise * rnd.nextGaussian();
            for (double line : new double[] {849.8, 854.2, 866.2}) {
                double x = (wl - line) / 0.25;
                flux -= depth * Math.exp(-x * x);
            }
            rows.add(new Sample(s.sourceId(), wl, flux, noise));
        }
        return rows;
    }

    private static List<Column<Sample>> rvsColumns() {
        return List.of(
                sourceId(Sample::sourceId),
                solutionId(),
                new Column<>("wavelength", Double.class, "nm", "em.wl", "Wavelength", Sample::wavelength),
                new Column<>("flux", Float.class, null, "phot.flux;em.wl;arith.ratio", "Normalised mean RVS flux", r ->
                        (float) r.flux()),
                new Column<>(
                        "flux_error",
                        Float.class,
                        null,
                        "stat.error;phot.flux;em.wl;arith.ratio",
                        "Uncertainty of the normalised mean RVS flux",
                        r -> (float) r.fluxError()));
    }

    // ---- XP continuous ----------------------------------------------------------------------------

    private static List<Column<Star>> xpContinuousColumns() {
        List<Column<Star>> c = new ArrayList<>();
        c.add(sourceId(Star::sourceId));
        c.add(solutionId());
        for (String band : List.of("bp", "rp")) {
            String b = band.toUpperCase(java.util.Locale.ROOT);
            c.add(new Column<>(
                    band + "_basis_function_id",
                    Short.class,
                    null,
                    "meta.id",
                    "Identifier of the basis functions for the " + b + " spectrum",
                    s -> (short) (band.equals("bp") ? 56 : 57)));
            c.add(new Column<>(
                    band + "_degrees_of_freedom",
                    Short.class,
                    null,
                    "stat.fit.dof",
                    "Degrees of freedom for the " + b + " spectrum",
                    s -> (short) (coefficients(s, band).measurements - XP_BASES)));
            c.add(new Column<>(
                    band + "_n_parameters",
                    Byte.class,
                    null,
                    "meta.number",
                    "Number of model parameters for the " + b + " spectrum",
                    s -> (byte) XP_BASES));
            c.add(new Column<>(
                    band + "_n_measurements",
                    Short.class,
                    null,
                    "meta.number",
                    "Number of measurements used for the " + b + " spectrum generation",
                    s -> (short) coefficients(s, band).measurements));
            c.add(new Column<>(
                    band + "_n_rejected_measurements",
                    Short.class,
                    null,
                    "meta.number",
                    "Number of rejected measurements in the " + b + " spectrum generation",
                    s -> (short) coefficients(s, band).rejected));
            c.add(new Column<>(
                    band + "_standard_deviation",
                    Float.class,
                    null,
                    "stat.stdev",
                    "Standard deviation of the " + b + " spectrum fit",
                    s -> (float) coefficients(s, band).deviation));
            c.add(new Column<>(
                    band + "_chi_squared",
                    Float.class,
                    null,
                    "stat.fit.chi2",
                    "Chi-squared of the " + b + " spectrum fit",
                    s -> (float) coefficients(s, band).chiSquared));
            c.add(new Column<>(
                    band + "_coefficients",
                    double[].class,
                    "e-/s",
                    "stat.fit.param",
                    "Basis function coefficients for the " + b + " spectrum",
                    s -> coefficients(s, band).values));
            c.add(new Column<>(
                    band + "_coefficient_errors",
                    float[].class,
                    "e-/s",
                    "stat.error;stat.fit.param",
                    "Basis function coefficient errors for the " + b + " spectrum",
                    s -> coefficients(s, band).errors));
            c.add(new Column<>(
                    band + "_coefficient_correlations",
                    float[].class,
                    null,
                    "stat.correlation",
                    "Basis function coefficient correlations for the " + b
                            + " spectrum (packed lower triangle, without the diagonal)",
                    s -> coefficients(s, band).correlations));
            c.add(new Column<>(
                    band + "_n_relevant_bases",
                    Short.class,
                    null,
                    "meta.number",
                    "Number of bases that are relevant for the representation of the " + b + " spectrum",
                    s -> (short) coefficients(s, band).relevant));
            c.add(new Column<>(
                    band + "_relative_shrinking",
                    Float.class,
                    null,
                    "stat.param",
                    "Measure of the relative shrinking of the coefficient vector for the " + b + " spectrum",
                    s -> (float) coefficients(s, band).shrinking));
        }
        return c;
    }

    private record Coefficients(
            int measurements,
            int rejected,
            double deviation,
            double chiSquared,
            double[] values,
            float[] errors,
            float[] correlations,
            int relevant,
            double shrinking) {}

    /** The last source's coefficients: the column functions are called row by row, cell by cell. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    private static Coefficients coefficients(Star s, String band) {
        Object[] last = LAST.get();
        if (last != null && last[0].equals(s.sourceId()) && last[1].equals(band)) {
            return (Coefficients) last[2];
        }
        SplittableRandom rnd = Seeds.forName("xp-continuous/" + band + "/" + s.sourceId());
        double scale = 100 * Math.pow(10, -0.4 * (s.gMag() - 15));
        double[] values = new double[XP_BASES];
        float[] errors = new float[XP_BASES];
        for (int i = 0; i < XP_BASES; i++) {
            values[i] = scale * Math.exp(-i / 8.0) * (rnd.nextBoolean() ? 1 : -1) * (0.5 + rnd.nextDouble());
            errors[i] = (float) (0.01 * scale * (1 + rnd.nextDouble()));
        }
        float[] correlations = new float[XP_CORRELATIONS];
        for (int i = 0; i < correlations.length; i++) {
            correlations[i] = (float) (0.3 * rnd.nextGaussian() / (1 + i / 55));
        }
        int measurements = 20 + rnd.nextInt(60);
        Coefficients c = new Coefficients(
                measurements,
                rnd.nextInt(3),
                0.8 + 0.4 * rnd.nextDouble(),
                measurements * (0.8 + 0.4 * rnd.nextDouble()),
                values,
                errors,
                correlations,
                20 + rnd.nextInt(30),
                rnd.nextDouble(0.3));
        LAST.set(new Object[] {s.sourceId(), band, c});
        return c;
    }

    // ---- MCMC chains ------------------------------------------------------------------------------

    record GspPhotSample(
            long sourceId,
            double teff,
            double azero,
            double logg,
            double mh,
            double ag,
            double mg,
            double distance,
            double abp,
            double arp,
            double logPos,
            double logLik) {}

    private static List<GspPhotSample> gspPhot(Star s) {
        SplittableRandom rnd = Seeds.forName("mcmc-gspphot/" + s.sourceId());
        double teff = 3500 + 5000 / (0.5 + s.bpRp());
        double azero = rnd.nextDouble(1.5);
        double logg = 3.5 + rnd.nextDouble(1.2);
        double mh = -0.5 + rnd.nextDouble(0.7);
        double distance = 1000 / Math.max(0.05, s.parallax());
        List<GspPhotSample> rows = new ArrayList<>(MCMC_SAMPLES);
        for (int i = 0; i < MCMC_SAMPLES; i++) {
            double a0 = Math.max(0, azero + 0.05 * rnd.nextGaussian());
            double d = distance * (1 + 0.05 * rnd.nextGaussian());
            double ag = 0.8 * a0;
            double lik = -0.5 * Math.abs(rnd.nextGaussian()) * 10;
            rows.add(new GspPhotSample(
                    s.sourceId(),
                    teff + 60 * rnd.nextGaussian(),
                    a0,
                    logg + 0.05 * rnd.nextGaussian(),
                    mh + 0.1 * rnd.nextGaussian(),
                    ag,
                    s.gMag() - 5 * Math.log10(d / 10) - ag,
                    d,
                    1.1 * a0,
                    0.6 * a0,
                    lik - 2,
                    lik));
        }
        return rows;
    }

    private static List<Column<GspPhotSample>> gspPhotColumns() {
        return List.of(
                sourceId(GspPhotSample::sourceId),
                solutionId(),
                mcmc("teff", "K", "phys.temperature.effective", "Effective temperature", GspPhotSample::teff),
                mcmc("azero", "mag", "phys.absorption.gal", "Monochromatic extinction A_0 at 541.4 nm", r -> r.azero()),
                mcmc("logg", "log(cm.s**-2)", "phys.gravity", "Surface gravity", GspPhotSample::logg),
                mcmc("mh", "dex", "phys.abund.Z", "Iron abundance", GspPhotSample::mh),
                mcmc("ag", "mag", "phys.absorption;em.opt", "Extinction in G band", GspPhotSample::ag),
                mcmc("mg", "mag", "phys.magAbs;em.opt", "Absolute magnitude M_G", GspPhotSample::mg),
                mcmc("distance", "pc", "pos.distance;pos.eq", "Distance", GspPhotSample::distance),
                mcmc("abp", "mag", "phys.absorption;em.opt.B", "Extinction in BP band", GspPhotSample::abp),
                mcmc("arp", "mag", "phys.absorption;em.opt.R", "Extinction in RP band", GspPhotSample::arp),
                mcmc("ebpminrp", "mag", "phot.color.excess", "Reddening E(BP-RP)", r -> r.abp() - r.arp()),
                mcmc("log_pos", null, "stat.probability", "Log posterior of the sample", GspPhotSample::logPos),
                mcmc("log_lik", null, "stat.likelihood", "Log likelihood of the sample", GspPhotSample::logLik));
    }

    record MscSample(
            long sourceId,
            double teff1,
            double teff2,
            double logg1,
            double logg2,
            double azero,
            double mh,
            double distance,
            double logPos,
            double logLik) {}

    private static List<MscSample> msc(Star s) {
        SplittableRandom rnd = Seeds.forName("mcmc-msc/" + s.sourceId());
        double teff1 = 3500 + 5000 / (0.5 + s.bpRp());
        double teff2 = teff1 * (0.5 + 0.4 * rnd.nextDouble());
        double distance = 1000 / Math.max(0.05, s.parallax());
        List<MscSample> rows = new ArrayList<>(MCMC_SAMPLES);
        for (int i = 0; i < MCMC_SAMPLES; i++) {
            double lik = -0.5 * Math.abs(rnd.nextGaussian()) * 12;
            rows.add(new MscSample(
                    s.sourceId(),
                    teff1 + 80 * rnd.nextGaussian(),
                    teff2 + 120 * rnd.nextGaussian(),
                    4.2 + 0.1 * rnd.nextGaussian(),
                    4.6 + 0.1 * rnd.nextGaussian(),
                    Math.max(0, 0.3 + 0.05 * rnd.nextGaussian()),
                    -0.2 + 0.1 * rnd.nextGaussian(),
                    distance * (1 + 0.06 * rnd.nextGaussian()),
                    lik - 2.5,
                    lik));
        }
        return rows;
    }

    private static List<Column<MscSample>> mscColumns() {
        return List.of(
                sourceId(MscSample::sourceId),
                solutionId(),
                mcmc(
                        "teff1",
                        "K",
                        "phys.temperature.effective",
                        "Effective temperature of the primary",
                        r -> r.teff1()),
                mcmc(
                        "teff2",
                        "K",
                        "phys.temperature.effective",
                        "Effective temperature of the secondary",
                        r -> r.teff2()),
                mcmc("logg1", "log(cm.s**-2)", "phys.gravity", "Surface gravity of the primary", MscSample::logg1),
                mcmc("logg2", "log(cm.s**-2)", "phys.gravity", "Surface gravity of the secondary", MscSample::logg2),
                mcmc("azero", "mag", "phys.absorption.gal", "Monochromatic extinction A_0 at 541.4 nm", r -> r.azero()),
                mcmc("mh", "dex", "phys.abund.Z", "Metallicity", MscSample::mh),
                mcmc("distance", "pc", "pos.distance;pos.eq", "Distance", MscSample::distance),
                mcmc("log_pos", null, "stat.probability", "Log posterior of the sample", MscSample::logPos),
                mcmc("log_lik", null, "stat.likelihood", "Log likelihood of the sample", MscSample::logLik));
    }

    private static <T> Column<T> mcmc(String name, String unit, String ucd, String text, Function<T, Double> value) {
        return new Column<>(name, Float.class, unit, ucd, text + " (MCMC sample)", r -> value.apply(r)
                .floatValue());
    }

    // ---- shared columns ---------------------------------------------------------------------------

    static <T> Column<T> sourceId(Function<T, Long> value) {
        return new Column<>(
                "source_id",
                Long.class,
                null,
                "meta.id;meta.main",
                "Unique source identifier (unique within a particular Data Release)",
                value::apply);
    }

    static <T> Column<T> solutionId() {
        return new Column<>("solution_id", Long.class, null, "meta.version", "Solution Identifier", r -> SOLUTION_ID);
    }
}
