// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.meridian.core.observing.scheduling.CompletedBlock;
import org.meridian.core.observing.scheduling.FrameSink;
import org.meridian.demo.ObservedFrames;
import org.meridian.ingest.IngestListener;
import org.meridian.ingest.IngestOutcome;
import org.meridian.ingest.IngestReport;
import org.meridian.ingest.IngestService;

/**
 * Turns blocks the scheduler completed into raw LCO frames and ingests them, so a request submitted
 * through the portal ends as frames in the archive (at most {@link #MAX_FRAMES_PER_BLOCK} per block).
 */
final class ScheduledFrames implements FrameSink {

    static final int MAX_FRAMES_PER_BLOCK = 6;

    private final Path directory;
    private final IngestService ingest;

    ScheduledFrames(Path directory, IngestService ingest) {
        this.directory = directory;
        this.ingest = ingest;
    }

    @Override
    public void accept(CompletedBlock block) throws Exception {
        if (block.ra() == null || block.dec() == null) {
            return; // a moving target without an ephemeris position: nothing to render
        }
        List<Path> frames = new ArrayList<>();
        double offset = 0;
        int index = 0;
        for (CompletedBlock.Exposure exposure : block.exposures()) {
            for (int i = 0; i < exposure.count() && index < MAX_FRAMES_PER_BLOCK; i++, index++) {
                Camera camera = Camera.of(block.instrument(), block.telescope());
                frames.add(ObservedFrames.write(
                        directory,
                        new ObservedFrames.Exposure(
                                block.telescope(),
                                camera.code(),
                                camera.pixelScaleArcsec(),
                                block.proposal(),
                                block.targetName(),
                                block.ra(),
                                block.dec(),
                                exposure.filter(),
                                exposure.exposureTime(),
                                exposure.type(),
                                block.start().plusMillis((long) (offset * 1000)),
                                block.blockId(),
                                block.requestId(),
                                block.blockId(),
                                (int) ((block.blockId() * MAX_FRAMES_PER_BLOCK + index) % 10_000))));
                offset += exposure.exposureTime() + 30;
            }
        }
        IngestReport report = ingest.ingest(frames, IngestListener.SILENT);
        if (!report.ok()) {
            IngestOutcome.Failed first = report.failed().get(0);
            throw new IllegalStateException("observed frame did not ingest: " + first.file() + ": " + first.reason());
        }
    }

    /** LCO camera codes and pixel scales per instrument type, numbered per telescope. */
    record Camera(String code, double pixelScaleArcsec) {

        static Camera of(String instrumentType, String telescope) {
            String number = String.format(Locale.ROOT, "%02d", Math.floorMod(telescope.hashCode(), 90) + 10);
            String type = instrumentType.toUpperCase(Locale.ROOT);
            if (type.contains("SINISTRO")) {
                return new Camera("fa" + number, 0.389);
            }
            if (type.contains("FLOYDS")) {
                return new Camera("en" + number, 0.34);
            }
            if (type.contains("SPECTRAL")) {
                return new Camera("fs" + number, 0.30);
            }
            return new Camera("kb" + number, type.startsWith("0M4") ? 0.57 : 0.464);
        }
    }
}
