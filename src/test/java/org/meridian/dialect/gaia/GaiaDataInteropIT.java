// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.testing.ArchiveMembers;
import org.meridian.testing.DemoServer;
import org.meridian.testing.PythonClients;

/**
 * Real clients against the demo's data server: unmodified astroquery.gaia 0.4.6 ({@code
 * get_datalinks}, {@code load_data} for every retrieval type, INDIVIDUAL and RAW, votable, fits, csv
 * and ecsv, row counts checked against the product tables), and the seed's curl examples, cookie
 * jar login and job: IDs included. Each part is skipped when its client is not installed.
 */
class GaiaDataInteropIT {

    private static final Path SCRIPT = Path.of("src/test/python/gaia/gaia_data.py");
    private static final long SEED = 30343944744320L;
    private static final long SEED_LOW = 10655814178816L;

    @Test
    void astroqueryLoadsEveryProductInEveryStructureAndFormat(@TempDir Path work) throws Exception {
        PythonClients.assumeModules("astroquery.gaia");
        int port = URI.create(DemoServer.baseUrl()).getPort();
        PythonClients.Result r = PythonClients.run(
                SCRIPT,
                null,
                Map.of(),
                Duration.ofMinutes(8),
                "http://127.0.0.1:" + port + "/",
                work.toString(),
                expected(List.of(SEED, SEED_LOW)));
        r.assertPassed(
                "OK get_datalinks rows",
                "OK load_data EPOCH_PHOTOMETRY INDIVIDUAL ecsv",
                "OK load_data XP_CONTINUOUS RAW fits",
                "OK load_data ALL INDIVIDUAL csv",
                "OK load_data VALID_DATA");
    }

    @Test
    void theSeedsCurlExamplesAnswerAsTheSeedSays(@TempDir Path work) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "no curl");
        String host = DemoServer.baseUrl();
        Path jar = work.resolve("cookies-datalink.txt");
        curl(
                work,
                "login",
                "-c",
                jar.toString(),
                "-X",
                "POST",
                "-d",
                "username=bilbo",
                "-d",
                "password=myprecious",
                "-L",
                host + "/data-server/login");
        assertThat(Files.readString(jar)).contains("JSESSIONID");

        assertThat(text(curl(
                        work,
                        "links-dr2",
                        host + "/data-server/datalink/links?ID=6680733225618222592&RELEASE=Gaia+DR2")))
                .contains("<VOTABLE");
        assertThat(text(curl(
                        work, "links", "-b", jar.toString(), host + "/data-server/datalink/links?ID=Gaia+DR3+" + SEED)))
                .contains("RETRIEVAL_TYPE=MCMC_MSC", "RETRIEVAL_TYPE=RVS", "#this");

        String[][] singles = {
            {"out_epoch.xml", "RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=Gaia+DR3+" + SEED},
            {"out_epoch_bp.xml", "RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=" + SEED + "&RELEASE=Gaia+DR3&BAND=BP"},
            {
                "out_epoch_bp.ecsv",
                "RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=" + SEED + "&RELEASE=Gaia+DR3&BAND=G&VALID_DATA=TRUE&FORMAT=ECSV"
            },
            {"out_rvs.xml", "RETRIEVAL_TYPE=RVS&ID=Gaia+DR3+" + SEED + "&format=VOTABLE_PLAIN"},
        };
        for (String[] s : singles) {
            Path out = curl(work, s[0], "-b", jar.toString(), host + "/data-server/data?" + s[1]);
            assertThat(text(out)).as(s[0]).contains(s[0].endsWith(".ecsv") ? "# %ECSV" : "<VOTABLE");
        }
        String[][] bundles = {
            {"datalink_all.gzip", "RETRIEVAL_TYPE=ALL&ID=Gaia+DR3+" + SEED + "&format=FITS", "6"},
            {
                "xp_sampled_multi.gzip",
                "RETRIEVAL_TYPE=XP_SAMPLED&ID=5912901375001820288,5912586227479692800,"
                        + "5912437793408452608&RELEASE=Gaia+DR3",
                "3"
            },
            {
                "mcmc_gspphot_multi.gzip",
                "RETRIEVAL_TYPE=MCMC_GSPPHOT&ID=Gaia+DR3+5912901375001820288,"
                        + "Gaia+DR3+5912586227479692800,Gaia+DR3+5912437793408452608",
                "3"
            },
            {
                "epoch_multi.gzip",
                "RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=" + SEED_LOW + "-" + SEED + "&RELEASE=Gaia+DR3",
                Long.toString(epochSourcesBetween(SEED_LOW, SEED))
            },
        };
        for (String[] b : bundles) {
            Path out = curl(work, b[0], "-b", jar.toString(), host + "/data-server/data?" + b[1]);
            assertThat(ArchiveMembers.zip(Files.readAllBytes(out))).as(b[0]).hasSize(Integer.parseInt(b[2]));
        }
    }

    private static String text(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Runs curl as the seed does ({@code -k}, output to a file); fails unless it answered 200. */
    private static Path curl(Path work, String name, String... args) throws Exception {
        Path out = work.resolve(name);
        List<String> command =
                new ArrayList<>(List.of("/usr/bin/curl", "-k", "-s", "-o", out.toString(), "-w", "%{http_code}"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String status = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(status).as(name + " " + command).isEqualTo("200");
        return out;
    }

    private static long epochSourcesBetween(long from, long to) throws Exception {
        return GaiaDataServerIT.countDistinct("gaiadr3.epoch_photometry", "source_id between " + from + " and " + to);
    }

    /** What the script must find, from the product tables: rows per product and source. */
    private static String expected(List<Long> ids) throws Exception {
        StringJoiner types = new StringJoiner(", ", "{", "}");
        for (RetrievalType t : RetrievalType.values()) {
            types.add("\"" + t.name() + "\": " + perSource("gaiadr3." + t.table(), ids, "true"));
        }
        String valid = perSource("gaiadr3.epoch_photometry", ids, "flux is not null and not rejected_by_photometry");
        return "{\"ids\": " + ids + ", \"rows\": " + types + ", \"valid_epoch\": " + valid + "}";
    }

    private static String perSource(String table, List<Long> ids, String condition) throws Exception {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        try (Connection c = DemoServer.archive().db().connection();
                PreparedStatement s = c.prepareStatement("select source_id, count(*) from " + table
                        + " where source_id = any(?) and " + condition + " group by source_id")) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add("\"" + r.getLong(1) + "\": " + r.getLong(2));
                }
            }
        }
        return out.toString();
    }
}
