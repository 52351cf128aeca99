// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.bench;

import java.util.Map;
import org.meridian.dialect.tap.adql.schema.InMemoryCatalog;
import org.meridian.dialect.tap.adql.schema.TestCatalogs;
import org.meridian.dialect.tap.adql.sql.SqlTranslator;

/**
 * Rough parse + translate time (full chain: semantic check, HEALPix pre-filter, geometry, units,
 * functions) of typical positional queries. Not a test; run by hand.
 */
public final class ParseTranslateBench {
    private ParseTranslateBench() {}

    public static void main(String[] args) {
        InMemoryCatalog catalog = TestCatalogs.gaiaSource(InMemoryCatalog.builder(), "gaiadr3", "gaia_source")
                .build();
        Map<String, String> queries = Map.of(
                "cone",
                "SELECT TOP 100 source_id, ra, dec, phot_g_mean_mag FROM gaiadr3.gaia_source "
                        + "WHERE 1 = CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', 266.4, -29.0, 0.05)) "
                        + "AND phot_g_mean_mag < 18 ORDER BY phot_g_mean_mag",
                "polygon",
                "SELECT source_id FROM gaiadr3.gaia_source AS g WHERE CONTAINS(POINT(g.ra, g.dec), "
                        + "POLYGON(10.0, -1.0, 11.0, -1.0, 11.0, 0.5, 10.0, 0.5)) = 1",
                "distance",
                "SELECT source_id, DISTANCE(POINT(ra, dec), POINT(83.6, 22.0)) AS d FROM gaiadr3.gaia_source "
                        + "WHERE DISTANCE(POINT(ra, dec), POINT(83.6, 22.0)) < 2.5 ORDER BY d");
        SqlTranslator full = SqlTranslator.standard(catalog);
        SqlTranslator bare = SqlTranslator.withoutSchema();
        for (var q : queries.entrySet()) {
            System.out.printf(
                    "%-9s parse+translate: %6.1f us per query (without catalog checks and HEALPix ranges: %6.1f us)%n",
                    q.getKey(), microseconds(full, q.getValue()), microseconds(bare, q.getValue()));
        }
    }

    private static double microseconds(SqlTranslator translator, String adql) {
        int n = 20_000;
        for (int i = 0; i < n; i++) translator.translate(adql);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) translator.translate(adql);
        return (System.nanoTime() - start) / 1e3 / n;
    }
}
