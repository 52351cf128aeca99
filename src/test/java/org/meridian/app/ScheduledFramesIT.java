// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.core.observing.scheduling.CompletedBlock;
import org.meridian.ingest.IngestService;
import org.meridian.store.Database;
import org.meridian.store.LocalFileStore;
import org.meridian.testing.TestDatabases;

/** A block the scheduler completed becomes raw LCO frames in the archive, findable by request. */
class ScheduledFramesIT {

    @Test
    void completedBlocksBecomeIngestedFrames(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.fresh()) {
            IngestService ingest = new IngestService(db, new LocalFileStore(dir.resolve("store")), 2);
            CompletedBlock block = new CompletedBlock(
                    41,
                    4242,
                    4200,
                    "LCOEPO1",
                    "m42 colours",
                    "bilbo",
                    "ogg.clma.2m0a",
                    "2M0-SCICAM-SPECTRAL",
                    "M42",
                    83.82,
                    -5.39,
                    Instant.parse("2026-11-23T10:00:00Z"),
                    Instant.parse("2026-11-23T10:20:00Z"),
                    List.of(
                            new CompletedBlock.Exposure("EXPOSE", "rp", 30, 2, 2),
                            new CompletedBlock.Exposure("EXPOSE", "V", 60, 1, 2)));
            new ScheduledFrames(dir.resolve("observed"), ingest).accept(block);
            // Three frames (two rp, one V) of the block's programme at its site, each with a position.
            String frames = TestDatabases.text(
                    db,
                    "select concat_ws(' ', count(*), min(filter_name), max(filter_name),"
                            + " min(program_id), min(site_id), bool_and(hpx is not null)::text)"
                            + " from observation where request_id = 4242 and collection = 'LCO'");
            assertThat(frames).isEqualTo("3 V rp LCOEPO1 ogg true");
        }
    }
}
