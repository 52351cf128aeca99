// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.archive.StoredFile;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;
import org.meridian.store.FileStore;
import org.meridian.store.LocalFileStore;
import org.meridian.testing.TestDatabases;
import org.meridian.testing.TestFits;

/** Ingest against a real PostgreSQL: records, versions, failures and interrupted files. */
class IngestServiceIT {

    @TempDir
    Path dir;

    private Database db;
    private LocalFileStore store;

    @BeforeEach
    void open() throws IOException {
        db = TestDatabases.fresh();
        store = new LocalFileStore(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void recordsFramesWithHeadersLinksAndPositions() throws Exception {
        Path e91 = lcoFrame("ogg2m001-fs02-20160202-0133-e91", 1f);
        Path bias = lcoFrame("ogg2m001-fs02-20160201-bias-bin2x2-b00", 2f);
        IngestReport report = service(store).ingest(List.of(e91, bias), IngestListener.SILENT);
        assertThat(report.ingested()).isEqualTo(2);
        assertThat(report.failed()).isEmpty();
        assertThat(query("select count(*) from observation where collection = 'LCO' and hpx is not null"))
                .isEqualTo("2");
        assertThat(query("select count(*) from header")).isEqualTo("2");
        assertThat(query("select target_name from product_link l join file f on f.id = l.source_file_id"
                        + " where f.name like '%e91%' and kind = 'L1IDBIAS'"))
                .isEqualTo("ogg2m001-fs02-20160201-bias-bin2x2-b00");
        assertThat(query("select cards -> 0 -> 0 ->> 'k' from header limit 1")).isEqualTo("SIMPLE");
        assertThat(query("select program_id from observation where obs_key like '%e91'"))
                .isEqualTo("LCO2016A-001");
        assertThat(query("select count(*) from program where id = 'LCO2016A-001'"))
                .isEqualTo("1");
        String key = query(
                "select storage_key from file_version v join file f on f.id = v.file_id where f.name like '%e91%'");
        assertThat(key).startsWith("ogg/fs02/20160202/processed/").endsWith("/ogg2m001-fs02-20160202-0133-e91.fits");
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(e91));
        }
        ArchiveFiles files = new ArchiveFiles(db, store, Clock.systemUTC());
        StoredFile stored =
                files.canonical("ogg2m001-fs02-20160202-0133-e91.fits").orElseThrow();
        assertThat(files.mayRead(Caller.ANONYMOUS, stored))
                .as("public a year after 2016-02-02")
                .isTrue();
        try (InputStream in = files.open(Caller.ANONYMOUS, stored, 0, 10)) {
            assertThat(new String(in.readAllBytes())).isEqualTo("SIMPLE  = ");
        }
        ArchiveFiles beforeRelease =
                new ArchiveFiles(db, store, Clock.fixed(Instant.parse("2016-06-01T00:00:00Z"), ZoneOffset.UTC));
        assertThat(beforeRelease.mayRead(Caller.ANONYMOUS, stored)).isFalse();
        assertThat(beforeRelease.mayRead(
                        new Caller(9L, "m", false, Set.of("LCO2016A-001"), Set.of(), Set.of(), null), stored))
                .isTrue();
    }

    @Test
    void reingestingIsANoOpUnlessTheBytesChange() throws Exception {
        Path frame = lcoFrame("cpt1m010-fa16-20160202-0100-e91", 1f);
        IngestService service = service(store);
        service.ingest(List.of(frame), IngestListener.SILENT);
        assertThat(service.ingest(List.of(frame), IngestListener.SILENT).unchanged())
                .isEqualTo(1);
        String oldKey = query("select storage_key from file_version");

        lcoFrame("cpt1m010-fa16-20160202-0100-e91", 5f); // same name, new pixels
        assertThat(service.ingest(List.of(frame), IngestListener.SILENT).ingested())
                .isEqualTo(1);
        assertThat(query("select count(*) from file_version")).isEqualTo("2");
        assertThat(query("select count(*) from file_version where canonical and present"))
                .isEqualTo("1");
        assertThat(query("select count(*) from file_version where not canonical and not present"))
                .isEqualTo("1");
        assertThat(query("select count(*) from observation")).isEqualTo("1");
        assertThat(store.exists(oldKey)).as("the old version's bytes are gone").isFalse();
    }

    @Test
    void aBadFileIsReportedAndTheRunGoesOn() throws Exception {
        Path junk = dir.resolve("junk.fits");
        Files.writeString(junk, "this is not FITS at all");
        Path good = lcoFrame("lsc1m005-fa15-20160202-0001-e91", 1f);
        IngestReport report = service(store).ingest(List.of(junk, good), IngestListener.SILENT);
        assertThat(report.ingested()).isEqualTo(1);
        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(junk);
            assertThat(f.reason()).isNotBlank().doesNotContain("\n");
        });
        assertThat(query("select count(*) from file")).isEqualTo("1");
    }

    @Test
    void aFileInterruptedWhileStoringLeavesNoRows() throws Exception {
        Path frame = lcoFrame("elp1m008-fa05-20160202-0002-e91", 1f);
        FileStore failing = new FileStore() {
            @Override
            public void put(String key, Path source) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public InputStream open(String key) throws IOException {
                return store.open(key);
            }

            @Override
            public InputStream open(String key, long offset, long length) throws IOException {
                return store.open(key, offset, length);
            }

            @Override
            public long size(String key) throws IOException {
                return store.size(key);
            }

            @Override
            public boolean exists(String key) {
                return store.exists(key);
            }

            @Override
            public void delete(String key) throws IOException {
                store.delete(key);
            }

            @Override
            public List<Stored> list() throws IOException {
                return store.list();
            }
        };
        IngestReport report = service(failing).ingest(List.of(frame), IngestListener.SILENT);
        assertThat(report.failed())
                .singleElement()
                .extracting(IngestOutcome.Failed::reason)
                .asString()
                .contains("disk full");
        for (String table : List.of("observation", "file", "file_version", "header", "program")) {
            assertThat(query("select count(*) from " + table)).as(table).isEqualTo("0");
        }
    }

    private IngestService service(FileStore fileStore) {
        return new IngestService(db, fileStore, 2);
    }

    /** A small LCO-style frame with the keys the archive requires and a TAN WCS. */
    private Path lcoFrame(String basename, float level) throws Exception {
        float[][] pixels = new float[64][64];
        for (float[] row : pixels) {
            java.util.Arrays.fill(row, level);
        }
        ImageHDU hdu = TestFits.lcoImage(pixels, basename);
        Header h = hdu.getHeader();
        String day = basename.split("-")[2];
        h.addValue("PROPID", "LCO2016A-001", "");
        h.addValue(
                "DATE-OBS",
                day.substring(0, 4) + "-" + day.substring(4, 6) + "-" + day.substring(6) + "T10:00:00.000",
                "");
        h.addValue("OBSTYPE", basename.endsWith("b00") ? "BIAS" : "EXPOSE", "");
        h.addValue("BLKUID", 123456, "");
        h.addValue("REQNUM", 654321, "");
        h.addValue("OBJECT", "NGC 2997", "");
        h.addValue("RA", "09:45:36.000", "[HH:MM:SS.sss] as LCO writes it");
        h.addValue("DEC", "-31:12:00.00", "");
        h.addValue("EXPTIME", 30.0, "");
        h.addValue("FILTER", "rp", "");
        h.addValue("L1IDBIAS", "ogg2m001-fs02-20160201-bias-bin2x2-b00.fits", "");
        TestFits.tanWcs(h, 146.4, -31.2, 32.5, 32.5, 1e-4);
        return TestFits.write(hdu, dir, basename);
    }

    private String query(String sql) throws Exception {
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
