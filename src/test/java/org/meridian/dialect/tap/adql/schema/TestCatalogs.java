// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.schema;

/** Small catalogs shared by the ADQL unit tests. */
public final class TestCatalogs {
    private TestCatalogs() {}

    /** gaia.source (positional, with hpx), ivoa.obscore, a mixed-case table and one upload. */
    public static InMemoryCatalog sample() {
        return gaiaSource(InMemoryCatalog.builder(), "gaia", "source")
                .table("ivoa", "obscore")
                .column("obs_id", "VARCHAR")
                .column("s_ra", "DOUBLE", "deg")
                .column("s_dec", "DOUBLE", "deg")
                .column("s_region", "POLYGON", "deg")
                .column("t_min", "DOUBLE", "d")
                .done()
                .table("public", "Mixed")
                .column("Flux", "DOUBLE")
                .column("id", "BIGINT")
                .column("pos", "POINT", "deg")
                .done()
                .table("tap_upload", "mine")
                .column("id", "BIGINT")
                .column("ra", "DOUBLE", "deg")
                .column("dec", "DOUBLE", "deg")
                .done()
                .build();
    }

    /** A Gaia-like source table: source_id, ra and dec in degrees with their hpx, phot_g_mean_mag. */
    public static InMemoryCatalog.Builder gaiaSource(InMemoryCatalog.Builder catalog, String schema, String table) {
        return catalog.table(schema, table)
                .column("source_id", "BIGINT")
                .column("ra", "DOUBLE", "deg")
                .column("dec", "DOUBLE", "deg")
                .column("hpx", "BIGINT")
                .column("phot_g_mean_mag", "REAL", "mag")
                .column("parallax", "DOUBLE", "mas")
                .column("pmra", "DOUBLE", "mas.yr**-1")
                .column("n_obs", "INTEGER")
                .position("ra", "dec", "hpx")
                .done();
    }
}
