// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.bench;

import org.meridian.dialect.tap.adql.sql.SqlTranslator;

/** Rough parse + translate time of a typical cone query (not a test; run by hand). */
public final class ParseTranslateBench {
    private ParseTranslateBench() {}

    public static void main(String[] args) {
        String adql = "SELECT TOP 100 source_id, ra, dec, phot_g_mean_mag FROM gaiadr3.gaia_source "
                + "WHERE 1 = CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', 266.4, -29.0, 0.05)) "
                + "AND phot_g_mean_mag < 18 ORDER BY phot_g_mean_mag";
        SqlTranslator translator = SqlTranslator.standard();
        for (int i = 0; i < 20_000; i++) translator.translate(adql);
        int n = 20_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) translator.translate(adql);
        System.out.printf("parse+translate: %.1f us per query%n", (System.nanoTime() - start) / 1e3 / n);
    }
}
