// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.sky.Healpix;
import org.meridian.store.Database;
import org.meridian.testing.TestDatabases;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowListStarTable;
import uk.ac.starlink.table.StarTableOutput;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOTableWriter;

class CatalogImporterIT {

    private static Database db;

    @BeforeAll
    static void open() {
        db = TestDatabases.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void csvIsLoadedWithHpxAndMetadata(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("stars.csv");
        Files.writeString(
                csv,
                "id,ra,dec,mag,name\n1,10.5,-20.25,12.5,alpha\n2,359.99,89.9,,beta\n3,0.0,-90.0,9.1,\"g, amma\"\n");
        var result = new CatalogImporter(db)
                .importCatalog(new CatalogImporter.Request(csv, "cat.stars", null, null, null), n -> {});
        assertThat(result.rows()).isEqualTo(3);
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id, ra, dec, mag, name, hpx from cat.stars order by id")) {
            r.next();
            assertThat(r.getLong("hpx")).isEqualTo(Healpix.ang2pix(29, 10.5, -20.25));
            r.next();
            assertThat(r.getObject("mag")).isNull();
            r.next();
            assertThat(r.getString("name")).isEqualTo("g, amma");
        }
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select ra_column, dec_column, row_count from catalog_table"
                        + " where schema_name = 'cat' and table_name = 'stars'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("ra");
            assertThat(r.getString(2)).isEqualTo("dec");
            assertThat(r.getLong(3)).isEqualTo(3);
        }
    }

    @Test
    void votableKeepsUnitsUcdsAndDescriptionsAndReplacesAtomically(@TempDir Path dir) throws Exception {
        ColumnInfo ra = new ColumnInfo("RAdeg", Double.class, "Right ascension");
        ra.setUnitString("deg");
        ra.setUCD("pos.eq.ra;meta.main");
        ColumnInfo dec = new ColumnInfo("DEdeg", Double.class, "Declination");
        dec.setUnitString("deg");
        dec.setUCD("pos.eq.dec;meta.main");
        ColumnInfo flux = new ColumnInfo("flux", float[].class, "Flux samples");
        flux.setUnitString("mJy");
        RowListStarTable table = new RowListStarTable(new ColumnInfo[] {ra, dec, flux});
        for (int i = 0; i < 1000; i++) {
            table.addRow(new Object[] {i * 0.36, -60 + i * 0.1, new float[] {i, Float.NaN}});
        }
        Path vot = dir.resolve("t.vot");
        new VOTableWriter(DataFormat.BINARY2, true).writeStarTable(table, vot.toString(), new StarTableOutput());
        CatalogImporter importer = new CatalogImporter(db);
        importer.importCatalog(new CatalogImporter.Request(vot, "cat.fluxes", null, null, null), n -> {});
        var again = importer.importCatalog(new CatalogImporter.Request(vot, "cat.fluxes", null, null, null), n -> {});
        assertThat(again.rows()).isEqualTo(1000);
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select count(*), count(hpx) from cat.fluxes")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(1000);
                assertThat(r.getLong(2)).isEqualTo(1000);
            }
            try (ResultSet r = s.executeQuery("select unit, ucd, description, datatype from catalog_column"
                    + " where schema_name = 'cat' and table_name = 'fluxes' order by position")) {
                r.next();
                assertThat(r.getString("unit")).isEqualTo("deg");
                assertThat(r.getString("ucd")).isEqualTo("pos.eq.ra;meta.main");
                assertThat(r.getString("description")).isEqualTo("Right ascension");
                r.next();
                r.next();
                assertThat(r.getString("unit")).isEqualTo("mJy");
                assertThat(r.getString("datatype")).isEqualTo("real[]");
            }
            try (ResultSet r = s.executeQuery("select count(*) from pg_tables where schemaname = 'cat'"
                    + " and (tablename like '%import%' or tablename like '%sorted%')")) {
                r.next();
                assertThat(r.getLong(1)).as("no staging table left behind").isZero();
            }
        }
    }

    /** ADQL 2.1 §4.9.1 IN_UNIT needs the columns' units: from the file's header, or given for CSV. */
    @Test
    void unitsComeFromFitsAndEcsvHeadersAndFromTheRequestForCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("plx.csv");
        Files.writeString(csv, "id,ra,dec,parallax\n1,10.5,-20.25,12.5\n");
        new CatalogImporter(db)
                .importCatalog(
                        new CatalogImporter.Request(csv, "cat.plx", null, null, null, Map.of("parallax", "mas")),
                        n -> {});
        assertThat(unitOf("plx", "parallax")).isEqualTo("mas");
        assertThat(unitOf("plx", "ra")).isEqualTo("deg");

        ColumnInfo ra = new ColumnInfo("ra", Double.class, null);
        ColumnInfo dec = new ColumnInfo("dec", Double.class, null);
        ColumnInfo pm = new ColumnInfo("pmra", Double.class, null);
        pm.setUnitString("mas/yr");
        RowListStarTable table = new RowListStarTable(new ColumnInfo[] {ra, dec, pm});
        table.addRow(new Object[] {1.0, 2.0, 3.0});
        Path fits = dir.resolve("pm.fits");
        new StarTableOutput().writeStarTable(table, fits.toString(), "fits");
        new CatalogImporter(db).importCatalog(new CatalogImporter.Request(fits, "cat.pm", null, null, null), n -> {});
        assertThat(unitOf("pm", "pmra")).isEqualTo("mas/yr");

        Path ecsv = dir.resolve("t.ecsv");
        Files.writeString(ecsv, """
                # %ECSV 1.0
                # ---
                # datatype:
                # - {name: ra, datatype: float64, unit: deg}
                # - {name: dec, datatype: float64, unit: deg}
                # - {name: dist, datatype: float64, unit: pc}
                ra dec dist
                1.0 2.0 3.0
                """);
        new CatalogImporter(db).importCatalog(new CatalogImporter.Request(ecsv, "cat.dist", null, null, null), n -> {});
        assertThat(unitOf("dist", "dist")).isEqualTo("pc");
    }

    private static String unitOf(String table, String column) throws Exception {
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("select unit from catalog_column where schema_name = 'cat' and table_name = '"
                                + table + "' and column_name = '" + column + "'")) {
            assertThat(r.next()).as(table + "." + column).isTrue();
            return r.getString(1);
        }
    }

    @Test
    void tablesWithoutPositionsLoadWithoutHpx(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("meteo.csv");
        Files.writeString(csv, "start_date,temperature\n2016-02-02T10:00:00,12.5\n");
        var result = new CatalogImporter(db)
                .importCatalog(
                        new CatalogImporter.Request(csv, "asm.meteo", null, null, "Ambient temperature"), n -> {});
        assertThat(result.rows()).isEqualTo(1);
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select t.description, t.ra_column,"
                        + " (select count(*) from catalog_column k where k.table_name = 'meteo')"
                        + " from catalog_table t where t.table_name = 'meteo'")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("Ambient temperature");
            assertThat(r.getString(2)).isNull();
            assertThat(r.getInt(3)).isEqualTo(2);
        }
    }

    @Test
    void aFileWithoutTheNamedColumnsIsRefusedAndTheOldTableSurvives(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "ra,dec\n1,2\n");
        CatalogImporter importer = new CatalogImporter(db);
        importer.importCatalog(new CatalogImporter.Request(good, "cat.keep", null, null, null), n -> {});
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,y\n1,2\n");
        assertThatThrownBy(() -> importer.importCatalog(
                        new CatalogImporter.Request(bad, "cat.keep", "ra", "dec", null), n -> {}))
                .hasMessageContaining("no column named ra");
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from cat.keep")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(1);
        }
    }
}
