// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.lco;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meridian.core.archive.Classification;
import org.meridian.core.archive.Conditions;
import org.meridian.core.archive.Detector;
import org.meridian.core.archive.Identity;
import org.meridian.core.archive.Observation;
import org.meridian.core.archive.Pointing;
import org.meridian.core.archive.Setup;
import org.meridian.core.archive.Timing;
import org.meridian.ingest.BadFileException;
import org.meridian.ingest.FitsHeaders;
import org.meridian.ingest.HeaderMapper;
import org.meridian.ingest.IngestContext;
import org.meridian.ingest.MappedFile;
import org.meridian.ingest.generic.HeaderDates;

/** Las Cumbres Observatory frames, as the science archive ingests them (docs/lco-archive.md). */
public final class LcoHeaderMapper implements HeaderMapper {

    @Override
    public boolean accepts(FitsHeaders headers) {
        for (FitsHeaders.Hdu hdu : headers.hdus()) {
            if (hdu.string("ORIGIN").map(o -> o.startsWith("LCO")).orElse(false)
                    || (hdu.has("SITEID") && hdu.has("TELID"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public MappedFile map(FitsHeaders headers, IngestContext context) throws BadFileException {
        FitsHeaders.Hdu hdu = cleaned(headerWithRequiredKeys(headers));
        String filename = headers.filename();
        String basename = LcoFrameRules.basename(filename);

        String instrument = text(hdu, "INSTRUME");
        String proposalId = text(hdu, "PROPID");
        Instant dateObs = HeaderDates.dateOrDateTime(text(hdu, "DATE-OBS"))
                .orElseThrow(() ->
                        new BadFileException("DATE-OBS is not a date in " + filename + ": " + text(hdu, "DATE-OBS")));
        String dayObs = text(hdu, "DAY-OBS");
        LocalDate day = HeaderDates.date(dayObs).orElse(HeaderDates.utcDate(dateObs));
        int rlevel = hdu.integer("RLEVEL")
                .map(Long::intValue)
                .orElseGet(() -> LcoFrameRules.reductionLevelFromName(filename));
        String headerType = text(hdu, "OBSTYPE");
        String obsType = headerType.isEmpty() || headerType.equals("UNKNOWN")
                ? LcoFrameRules.inferObservationType(filename, instrument)
                : headerType;
        Instant publicDate = HeaderDates.dateOrDateTime(text(hdu, "L1PUBDAT"))
                .orElseGet(() -> LcoFrameRules.publicDate(
                        dateObs, context.programTags(proposalId), obsType, proposalId, basename));
        Double exposure = hdu.number("EXPTIME").orElse(null);

        Identity identity = new Identity(
                "LCO",
                basename,
                proposalId.isEmpty() ? null : proposalId,
                hdu.integer("BLKUID").map(String::valueOf).orElse(null),
                null,
                hdu.integer("REQNUM").orElse(null),
                blankToNull(text(hdu, "TELESCOP")),
                instrument,
                text(hdu, "SITEID"),
                text(hdu, "TELID"));
        Timing timing = new Timing(dateObs, HeaderDates.exposureEnd(dateObs, exposure), exposure, null, day);
        Pointing pointing = new Pointing(
                text(hdu, "OBJECT"),
                LcoArea.hoursToDegrees(text(hdu, "RA")).orElse(null),
                LcoArea.sexagesimalDegrees(text(hdu, "DEC")).orElse(null),
                hdu.number("AZIMUTH").orElse(null),
                hdu.number("ALTITUDE").orElse(null),
                null,
                hdu.number("AIRMASS").orElse(null),
                LcoArea.of(hdu),
                false);
        Setup setup = Setup.filterOnly(text(hdu, "FILTER"), null);
        Detector detector = new Detector(
                blankToNull(text(hdu, "CCDSUM").replace(' ', 'x')),
                null,
                null,
                null,
                null,
                null,
                null,
                hdu.integer("NAXIS1").map(Long::intValue).orElse(null),
                hdu.integer("NAXIS2").map(Long::intValue).orElse(null));
        Classification classification = new Classification(
                obsType,
                null,
                List.of(),
                null,
                null,
                rlevel,
                null,
                proposalId.contains("LCOEngineering"),
                false,
                proposalId.contains("calib"),
                publicDate,
                obsType.equals("STANDARD"));

        Observation observation = new Observation(
                identity, timing, pointing, setup, detector, Conditions.unknown(), classification, Map.of());
        String storagePath = "%s/%s/%s/%s/%s%s"
                .formatted(
                        text(hdu, "SITEID"),
                        instrument,
                        dayObs,
                        rlevel == 0 ? "raw" : "processed",
                        basename,
                        LcoFrameRules.extension(filename));
        MappedFile.Product product = new MappedFile.Product(
                obsType.equals("CATALOG")
                        ? "CATALOG"
                        : obsType.equals("EXPOSE")
                                        || obsType.equals("STANDARD")
                                        || obsType.equals("SPECTRUM")
                                        || obsType.equals("TARGET")
                                ? "SCIENCE"
                                : "CALIBRATION",
                rlevel == 0 ? "RAW" : "REDUCED",
                rlevel == 0 ? 1 : 2);
        return new MappedFile(observation, product, related(hdu), storagePath);
    }

    /** The first HDU holding every required key; otherwise a reason naming what is missing. */
    static FitsHeaders.Hdu headerWithRequiredKeys(FitsHeaders headers) throws BadFileException {
        for (FitsHeaders.Hdu hdu : headers.hdus()) {
            if (LcoFrameRules.REQUIRED.stream().allMatch(hdu::has)) {
                return hdu;
            }
        }
        List<String> missing = LcoFrameRules.REQUIRED.stream()
                .filter(k -> !headers.primary().has(k))
                .toList();
        throw new BadFileException(headers.filename() + " lacks required header " + String.join(", ", missing));
    }

    /** HISTORY and COMMENT dropped; N/A, UNSPECIFIED and UNKNOWN blanked (null for integer keys). */
    static FitsHeaders.Hdu cleaned(FitsHeaders.Hdu hdu) {
        List<FitsHeaders.Card> cards = new ArrayList<>();
        for (FitsHeaders.Card c : hdu.cards()) {
            if (c.key().equals("HISTORY") || c.key().equals("COMMENT")) {
                continue;
            }
            Object value = c.value();
            if (value instanceof String s && LcoFrameRules.NULL_WORDS.contains(s.trim())) {
                value = LcoFrameRules.INTEGER_KEYS.contains(c.key()) ? null : "";
                if (c.key().equals("OBSTYPE") && s.trim().equals("UNKNOWN")) {
                    value = "UNKNOWN"; // kept so the type is inferred from the file name
                }
            }
            cards.add(new FitsHeaders.Card(c.key(), value, c.comment()));
        }
        return new FitsHeaders.Hdu(cards);
    }

    private static List<MappedFile.RelatedFile> related(FitsHeaders.Hdu hdu) {
        List<MappedFile.RelatedFile> related = new ArrayList<>();
        for (String key : LcoFrameRules.RELATED_KEYS) {
            String v = text(hdu, key);
            if (!v.isEmpty()) {
                related.add(new MappedFile.RelatedFile(key, LcoFrameRules.basename(v)));
            }
        }
        return related;
    }

    private static String text(FitsHeaders.Hdu hdu, String key) {
        return hdu.string(key).orElse("");
    }

    private static String blankToNull(String v) {
        return v == null || v.isEmpty() ? null : v;
    }
}
