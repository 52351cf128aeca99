// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.demo.DemoManifest.Catalog;

/**
 * The Gaia DR3 product tables: every seed source has every product, the row counts follow from the
 * availability rules the gaia_source flags use, the bytes are the same on every run, and writing
 * them stays cheap (the demo's generation time).
 */
class GaiaProductsTest {

    @Test
    void productsFollowTheFlagsAndAreDeterministicAndCheap(@TempDir Path a, @TempDir Path b) throws Exception {
        StarCatalog catalog = StarCatalog.build(List.of(), 1);
        long started = System.nanoTime();
        List<Catalog> first = GaiaProducts.write(a, catalog);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "GaiaProducts: %d tables, %d rows for %d stars in %.2f s%n",
                first.size(),
                first.stream().mapToLong(Catalog::rows).sum(),
                catalog.stars().size(),
                seconds);
        assertThat(seconds).isLessThan(20); // about 1 s here on 2 shared cores; a regression would be large
        GaiaProducts.write(b, catalog);
        for (Catalog c : first) {
            assertThat(md5(b.resolve(c.path()))).as(c.table()).isEqualTo(md5(a.resolve(c.path())));
        }
        long xp = catalog.stars().stream().filter(GaiaProducts::hasXp).count();
        long rvs = catalog.stars().stream().filter(GaiaProducts::hasRvs).count();
        long msc = catalog.stars().stream().filter(GaiaProducts::hasMcmcMsc).count();
        assertThat(xp).isGreaterThanOrEqualTo(StarCatalog.SEED_SOURCE_IDS.size());
        assertThat(rows(first, "gaiadr3.xp_sampled_mean_spectrum")).isEqualTo(xp * GaiaProducts.XP_SAMPLES);
        assertThat(rows(first, "gaiadr3.xp_continuous_mean_spectrum")).isEqualTo(xp);
        assertThat(rows(first, "gaiadr3.rvs_mean_spectrum")).isEqualTo(rvs * GaiaProducts.RVS_SAMPLES);
        assertThat(rows(first, "gaiadr3.mcmc_samples_gsp_phot")).isEqualTo(xp * GaiaProducts.MCMC_SAMPLES);
        assertThat(rows(first, "gaiadr3.mcmc_samples_msc")).isEqualTo(msc * GaiaProducts.MCMC_SAMPLES);
        catalog.stars().stream()
                .filter(s -> StarCatalog.SEED_SOURCE_IDS.contains(s.sourceId()))
                .forEach(s -> assertThat(GaiaProducts.hasXp(s)
                                && GaiaProducts.hasRvs(s)
                                && GaiaProducts.hasMcmcMsc(s)
                                && s.variable())
                        .as("seed source %d has every product", s.sourceId())
                        .isTrue());
    }

    private static long rows(List<Catalog> catalogs, String table) {
        return catalogs.stream()
                .filter(c -> c.table().equals(table))
                .findFirst()
                .orElseThrow()
                .rows();
    }

    private static String md5(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
    }
}
