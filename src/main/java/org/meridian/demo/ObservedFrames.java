// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * Raw LCO frames for exposures the observing scheduler "takes" after the demo was generated: the
 * same headers, WCS and star-field rendering as the demo's own LCO frames, so they ingest and look
 * like any other frame.
 */
public final class ObservedFrames {

    private ObservedFrames() {}

    /**
     * One exposure.
     *
     * @param telescope LCO's {@code site.enclosure.telescope}, e.g. {@code ogg.clma.2m0a}
     * @param camera the camera code, e.g. {@code fa15} (Sinistro), {@code kb70} (SBIG), {@code fs02}
     * @param sequence the frame number within the night, written into the basename
     */
    public record Exposure(
            String telescope,
            String camera,
            double pixelScaleArcsec,
            String proposal,
            String object,
            double ra,
            double dec,
            String filter,
            double seconds,
            String obsType,
            Instant start,
            long blockId,
            long requestId,
            long moleculeId,
            int sequence) {}

    /** Writes the frame under {@code outDir} (LCO's directory layout) and returns its path. */
    public static Path write(Path outDir, Exposure e) throws IOException {
        String[] parts = e.telescope().split("\\.");
        String site = parts[0];
        String telId = parts[parts.length - 1];
        // 1m0a -> 1m001, 2m0b -> 2m002: the serial LCO puts in its basenames
        String serial = telId.substring(0, 3) + String.format(Locale.ROOT, "%02d", telId.charAt(3) - 'a' + 1);
        LcoPlan.Camera camera = new LcoPlan.Camera(site, serial, telId, e.camera(), e.pixelScaleArcsec());
        var day = e.start().atZone(ZoneOffset.UTC).toLocalDate();
        String basename = String.format(
                Locale.ROOT, "%s-%s-%04d-e00", camera.prefix(), day.toString().replace("-", ""), e.sequence());
        LcoPlan.Frame frame = new LcoPlan.Frame(
                basename,
                camera,
                e.proposal(),
                e.object(),
                e.ra(),
                e.dec(),
                e.filter(),
                e.seconds(),
                e.obsType(),
                0,
                e.start(),
                day,
                e.blockId(),
                e.requestId(),
                e.moleculeId(),
                null,
                Map.of());
        StarCatalog stars = StarCatalog.field(new SkyField("observed/" + basename, e.ra(), e.dec(), 0.3, 400));
        return LcoWriter.write(outDir, frame, stars);
    }
}
