// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.generic;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.archive.Classification;
import org.meridian.core.archive.Conditions;
import org.meridian.core.archive.Identity;
import org.meridian.core.archive.Observation;
import org.meridian.core.archive.Pointing;
import org.meridian.core.archive.Setup;
import org.meridian.core.archive.Timing;
import org.meridian.ingest.FitsHeaders;
import org.meridian.ingest.HeaderMapper;
import org.meridian.ingest.IngestContext;
import org.meridian.ingest.MappedFile;

/**
 * Any FITS file: the standard keywords only, as archives that take "anything FITS" do. A file without
 * an observation time is still ingested (no time, with a warning); public at once unless a card says
 * otherwise.
 */
public final class GenericHeaderMapper implements HeaderMapper {

    @Override
    public boolean accepts(FitsHeaders headers) {
        return true;
    }

    @Override
    public MappedFile map(FitsHeaders headers, IngestContext context) {
        FitsHeaders.Hdu phu = headers.primary();
        FitsHeaders.Hdu ext = headers.firstExtension();
        StringBuilder noTime = new StringBuilder();
        Optional<Instant> start = ObservationTime.of(phu, ext, noTime).map(ObservationTime.Found::start);
        Double exposure = Cards.numberOrNull("EXPTIME", phu, ext);
        Optional<FitsHeaders.Hdu> image = Cards.firstImage(headers);
        Optional<double[]> centre = image.flatMap(WcsGeometry::centre);
        String name = Cards.withoutCompressionSuffix(headers.filename());
        // A release card, if any, says when the data become public; without one they are public now.
        Instant release = Cards.text("RELEASE", phu, ext)
                .or(() -> Cards.text("PUBDATE", phu, ext))
                .flatMap(HeaderDates::dateOrDateTime)
                .orElse(null);
        Observation observation = new Observation(
                new Identity(
                        "FITS",
                        name,
                        null,
                        null,
                        null,
                        null,
                        Cards.textOrNull("TELESCOP", phu, ext),
                        Cards.textOrNull("INSTRUME", phu, ext),
                        null,
                        null),
                start.map(t -> HeaderDates.utcTiming(t, exposure)).orElse(new Timing(null, null, exposure, null, null)),
                new Pointing(
                        Cards.textOrNull("OBJECT", phu, ext),
                        centre.map(c -> c[0]).orElse(Cards.numberOrNull("RA", phu, ext)),
                        centre.map(c -> c[1]).orElse(Cards.numberOrNull("DEC", phu, ext)),
                        null,
                        null,
                        null,
                        Cards.numberOrNull("AIRMASS", phu, ext),
                        image.map(WcsGeometry::corners).orElse(List.of()),
                        false),
                Setup.filterOnly(Cards.textOrNull("FILTER", phu, ext), "imaging"),
                Cards.imageDetector(image, null),
                Conditions.unknown(),
                new Classification(
                        Cards.textOrNull("IMAGETYP", phu, ext),
                        null,
                        List.of(),
                        null,
                        null,
                        0,
                        null,
                        false,
                        false,
                        false,
                        release,
                        false),
                Map.of());
        MappedFile mapped =
                new MappedFile(observation, new MappedFile.Product("SCIENCE", "RAW", 1), List.of(), headers.filename());
        return noTime.isEmpty() ? mapped : mapped.warn(noTime.toString());
    }
}
