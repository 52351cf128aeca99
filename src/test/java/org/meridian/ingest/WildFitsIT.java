// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.store.Database;
import org.meridian.store.LocalFileStore;
import org.meridian.testing.TestDatabases;

/**
 * FITS files from the wild: the test data that Debian's astropy, astroquery and pyvo packages ship (HST
 * raw and flt files, Chandra event lists, DSS plates with {@code DD/MM/YY} dates, SIP and distortion
 * WCSs, tile-compressed images, ASCII and binary tables, random groups). Every file that is FITS is
 * ingested, whatever keywords it lacks; what could not be read is a warning kept with the file. Skips
 * where those packages are not installed.
 */
class WildFitsIT {

    private static final List<Path> PACKAGES = List.of(
            Path.of("/usr/lib/python3/dist-packages/astropy"),
            Path.of("/usr/lib/python3/dist-packages/astroquery"),
            Path.of("/usr/lib/python3/dist-packages/pyvo"));

    @TempDir
    Path dir;

    @Test
    void everyFitsFileIsIngestedAndOnlyOthersAreRefused() throws Exception {
        List<Path> files = wildFiles();
        assumeTrue(files.size() >= 20, "Debian's astropy/astroquery/pyvo test data are not installed");
        List<Path> fits = new ArrayList<>();
        for (Path f : files) {
            if (startsLikeFits(f)) {
                fits.add(f);
            }
        }
        try (Database db = TestDatabases.fresh()) {
            IngestReport report = new IngestService(db, new LocalFileStore(dir.resolve("store")), 2)
                    .ingest(files, IngestListener.SILENT);
            assertThat(report.failed())
                    .allSatisfy(f ->
                            assertThat(fits).as("refused though FITS: " + f).doesNotContain(f.file()));
            // Identical files shipped twice (astropy keeps copies) are one dataset, ingested once.
            assertThat(report.ingested() + report.unchanged()).isEqualTo(fits.size());
            try (Connection c = db.connection();
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select count(*) filter (where 'no observation time"
                            + " (DATE-OBS, MJD-OBS, DATE-BEG, MJD-BEG, TSTART, EXPSTART)' = any (ingest_warnings)),"
                            + " count(*) filter (where ingest_warnings[1] like 'DATE-OBS ''%'' is not a date'),"
                            + " count(*) filter (where array_to_string(ingest_warnings, ' ') like '%footprint is"
                            + " degenerate%') from file_version")) {
                r.next();
                assertThat(r.getInt(1)).as("files without any time card").isGreaterThan(10);
                assertThat(r.getInt(3))
                        .as("degenerate WCS footprints (HST flt)")
                        .isGreaterThan(0);
            }
            try (Connection c = db.connection();
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select o.ut_start from observation o join file f on"
                            + " f.observation_id = o.id join file_version v on v.file_id = f.id"
                            + " where v.filename like '%dss.14.29.56-62.41.05.fits%'")) {
                if (r.next()) { // a DSS plate: DATE-OBS = '11/03/76'
                    assertThat(r.getTimestamp(1).toInstant().toString()).startsWith("1976-03-11");
                }
            }
        }
    }

    private static List<Path> wildFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : PACKAGES) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().contains("/tests/data/"))
                        .filter(p -> p.getFileName().toString().matches(".*\\.(fits|fit|fits\\.gz|fz)$"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static boolean startsLikeFits(Path f) throws IOException {
        byte[] head = new byte[9];
        try (InputStream in = f.toString().endsWith(".gz")
                ? new java.util.zip.GZIPInputStream(Files.newInputStream(f))
                : Files.newInputStream(f)) {
            return in.readNBytes(head, 0, 9) == 9 && new String(head, StandardCharsets.US_ASCII).equals("SIMPLE  =");
        }
    }
}
