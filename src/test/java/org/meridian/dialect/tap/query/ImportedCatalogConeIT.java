// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.adql.AdqlParser;
import org.meridian.dialect.tap.schema.TapSchema;
import org.meridian.ingest.catalog.CatalogImporter;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;
import org.meridian.testing.TestDatabases;

/**
 * A catalogue a user imports from a CSV file with plain {@code ra}/{@code dec} columns and no UCDs
 * is cone-indexed like the demo's: its position is published with the standard UCDs, so a TAP cone
 * becomes {@code hpx} ranges and PostgreSQL answers it from the {@code hpx} index.
 */
class ImportedCatalogConeIT {

    private static final int ROWS = 100_000;
    private static Database db;

    @BeforeAll
    static void importCatalogue(@TempDir Path dir) throws Exception {
        db = TestDatabases.fresh();
        Path csv = dir.resolve("synth.csv");
        SplittableRandom random = new SplittableRandom(17);
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("source_id,ra,dec,phot_g_mean_mag\n");
            for (int i = 0; i < ROWS; i++) {
                double ra = random.nextDouble(360);
                double dec = Math.toDegrees(Math.asin(random.nextDouble(-1, 1)));
                w.write(String.format(Locale.ROOT, "%d,%.6f,%.6f,%.3f%n", i, ra, dec, random.nextDouble(5, 21)));
            }
        }
        new CatalogImporter(db)
                .importCatalog(new CatalogImporter.Request(csv, "usercat.synth", null, null, null), n -> {});
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void positionColumnsGetTheStandardUcdsAndUnits() throws Exception {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select column_name, ucd, unit from catalog_column"
                        + " where table_name = 'synth' and column_name in ('ra', 'dec') order by 1")) {
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(2)).isEqualTo("pos.eq.dec;meta.main");
                assertThat(r.getString(3)).isEqualTo("deg");
                assertThat(r.next()).isTrue();
                assertThat(r.getString(2)).isEqualTo("pos.eq.ra;meta.main");
                assertThat(r.getString(3)).isEqualTo("deg");
            }
        }
    }

    @Test
    void aConeIsAnsweredFromTheHpxIndex() throws Exception {
        String adql = "SELECT source_id FROM usercat.synth"
                + " WHERE 1 = CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', 150.0, 20.0, 0.5))";
        SqlFragment sql = TapQueryRunner.compile(AdqlParser.parse(adql), TapSchema.refresh(db), Caller.ANONYMOUS)
                .sql();
        StringBuilder plan = new StringBuilder();
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("explain " + sql.sql())) {
            sql.bind(s, 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    plan.append(r.getString(1)).append('\n');
                }
            }
        }
        assertThat(plan.toString()).contains("hpx").doesNotContain("Seq Scan");
    }
}
