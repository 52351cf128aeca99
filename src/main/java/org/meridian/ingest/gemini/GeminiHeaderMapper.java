// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.meridian.core.archive.Classification;
import org.meridian.core.archive.Detector;
import org.meridian.core.archive.Identity;
import org.meridian.core.archive.Observation;
import org.meridian.core.archive.Setup;
import org.meridian.core.archive.Timing;
import org.meridian.ingest.BadFileException;
import org.meridian.ingest.FitsHeaders;
import org.meridian.ingest.HeaderMapper;
import org.meridian.ingest.IngestContext;
import org.meridian.ingest.MappedFile;
import org.meridian.ingest.generic.Cards;
import org.meridian.ingest.generic.HeaderDates;

/** Gemini raw and processed files as the Gemini archive reads them through DRAGONS descriptors (docs/gemini-headers.md). */
public final class GeminiHeaderMapper implements HeaderMapper {

    private static final Pattern GEMINI_FILENAME = Pattern.compile("^(?:\\w+)?[NS]20\\d\\d[01]\\d[0123]\\dS\\d{4}.*");
    private static final Set<String> PROCESSED_KINDS =
            Set.of("BIAS", "FLAT", "DARK", "ARC", "FRNG", "STND", "TLRC", "SLIT", "PNHL", "BPM");
    private static final Map<String, String> PROCESSED_NAMES =
            Map.of("FRNG", "FRINGE", "STND", "STANDARD", "TLRC", "TELLURIC", "SLIT", "SLITILLUM", "PNHL", "PINHOLE");
    private static final Set<String> PROCESSING = Set.of("Raw", "Quick-Look", "Science-Quality");

    @Override
    public boolean accepts(FitsHeaders headers) {
        FitsHeaders.Hdu phu = headers.primary();
        String telescope = Cards.text(phu, "TELESCOP").orElse("");
        return telescope.equals("Gemini-North")
                || telescope.equals("Gemini-South")
                || phu.has("GEMPRGID")
                || (!phu.has("TELESCOP")
                        && GEMINI_FILENAME.matcher(headers.filename()).matches());
    }

    @Override
    public MappedFile map(FitsHeaders headers, IngestContext context) throws BadFileException {
        FitsHeaders.Hdu phu = headers.primary();
        String instrument = GeminiInstruments.normalise(Cards.textOrNull("INSTRUME", phu));
        String telescope = telescope(headers);
        GeminiInstrument rules = GeminiInstrument.of(instrument);

        String programId =
                Cards.text(phu, "GEMPRGID").map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
        String dataLabel =
                Cards.text(phu, "DATALAB").map(s -> s.toUpperCase(Locale.ROOT)).orElse("");
        String obsClass = Cards.textOrNull("OBSCLASS", phu);

        Set<String> tags = tags(headers, rules, instrument, telescope);
        String obsType = observationType(phu, tags);
        Instant start = utDateTime(phu)
                .orElseThrow(() -> new BadFileException("no observation time in " + headers.filename()
                        + ": DATE-OBS, DATE, UTDATE, MJD-OBS all missing"));
        boolean prepared = tags.contains("PREPARED") || tags.contains("PROCESSED");
        Double exposure = exposureTime(phu, rules, prepared);
        boolean spect = tags.contains("SPECT");

        String filter = GeminiFilters.pretty(rules.filters(phu));
        Double cwave = spect ? rules.centralWavelength(phu) : null;
        Double effective = spect ? cwave : WavelengthBands.ofFilter(filter);
        String band = effective == null ? null : WavelengthBands.nearest(effective);

        Identity identity = new Identity(
                "GEMINI",
                dataLabel.isEmpty() ? Cards.withoutCompressionSuffix(headers.filename()) : dataLabel,
                programId,
                Cards.text(phu, "OBSID").map(s -> s.toUpperCase(Locale.ROOT)).orElse(null),
                dataLabel,
                null,
                telescope,
                instrument,
                null,
                null);
        Timing timing = new Timing(
                start,
                HeaderDates.exposureEnd(start, exposure),
                exposure,
                Cards.textOrNull("LT", phu),
                HeaderDates.utcDate(start));
        Setup setup = new Setup(
                filter,
                rules.disperser(phu),
                rules.focalPlaneMask(phu),
                rules.camera(phu, instrument),
                cwave,
                band,
                null,
                null,
                mode(tags),
                spect,
                GeminiSensors.adaptiveOptics(phu),
                GeminiSensors.laserGuideStar(phu),
                GeminiSensors.wavefrontSensor(phu),
                GeminiSensors.gcalLamp(phu));
        Optional<FitsHeaders.Hdu> image = Cards.firstImage(headers);
        Detector detector = new Detector(
                rules.binning(headers),
                rules.gain(headers),
                rules.roi(headers),
                rules.readSpeed(headers),
                rules.wellDepth(headers),
                rules.readMode(headers, tags),
                phu.integer("COADDS").map(Long::intValue).orElse(1),
                image.flatMap(h -> h.integer("NAXIS1")).map(Long::intValue).orElse(null),
                image.flatMap(h -> h.integer("NAXIS2")).map(Long::intValue).orElse(null));

        String reduction = reduction(tags, phu);
        LocalDate release = GeminiRelease.of(
                Cards.text(phu, "RELEASE").flatMap(HeaderDates::date).orElse(null),
                HeaderDates.utcDate(start),
                obsClass,
                programId);
        Classification classification = new Classification(
                obsType,
                obsClass,
                List.copyOf(tags),
                GeminiQaState.of(Cards.textOrNull("RAWPIREQ", phu), Cards.textOrNull("RAWGEMQA", phu), obsType),
                reduction,
                reduction.equals("RAW") ? 0 : 91,
                processing(phu),
                engineering(phu, programId, instrument),
                GeminiProgramIds.isScienceVerification(programId),
                GeminiProgramIds.isCalibration(programId),
                release == null ? null : HeaderDates.startOfDay(release),
                false);

        Map<String, Object> extra = new HashMap<>();
        Cards.text(phu, "PROCTAG").ifPresent(t -> extra.put("processing_tag", t));
        extra.put("pre_image", phu.card("PREIMAGE").map(c -> isTrue(c.value())).orElse(false));

        Observation observation = new Observation(
                identity,
                timing,
                GeminiPointing.of(headers, tags, instrument),
                setup,
                detector,
                GeminiConditions.from(phu),
                classification,
                extra);
        MappedFile.Product product = new MappedFile.Product(
                "science".equals(obsClass) ? "SCIENCE" : "CALIBRATION", reduction, reduction.equals("RAW") ? 1 : 2);
        return new MappedFile(observation, product, List.of(), headers.filename());
    }

    private static String telescope(FitsHeaders headers) {
        Optional<String> t = Cards.text(headers.primary(), "TELESCOP");
        if (t.isPresent()) {
            String squashed = t.get().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
            return switch (squashed) {
                case "gemininorth" -> "Gemini-North";
                case "geminisouth" -> "Gemini-South";
                default -> t.get();
            };
        }
        String name = headers.filename();
        if (name.startsWith("N20")) {
            return "Gemini-North";
        }
        return name.startsWith("S20") ? "Gemini-South" : null;
    }

    /** The DRAGONS-style tag set, sorted so it reads the same every time. */
    static Set<String> tags(FitsHeaders headers, GeminiInstrument rules, String instrument, String telescope) {
        FitsHeaders.Hdu phu = headers.primary();
        Set<String> tags = new TreeSet<>(rules.setupTags(phu));
        if ("Gemini-North".equals(telescope)) {
            tags.add("GEMINI_NORTH");
        } else if ("Gemini-South".equals(telescope)) {
            tags.add("GEMINI_SOUTH");
        }
        if (instrument != null) {
            tags.add(GeminiInstruments.tag(instrument));
        }
        Cards.text(phu, "OBSTYPE").map(s -> s.toUpperCase(Locale.ROOT)).ifPresent(type -> {
            if (Set.of("BIAS", "DARK", "FLAT", "ARC", "MASK", "PINHOLE", "RONCHI")
                    .contains(type)) {
                tags.add(type);
            }
        });
        String obsClass = Cards.text(phu, "OBSCLASS").orElse("");
        if (obsClass.equals("acq") || obsClass.equals("acqCal")) {
            tags.add("ACQUISITION");
        }
        if (obsClass.endsWith("Cal")) {
            tags.add("CAL");
        }
        if (Cards.text(phu, "FRAME").map("AZEL_TOPO"::equalsIgnoreCase).orElse(false)) {
            tags.add("AZEL_TARGET");
        }
        if (GeminiSensors.adaptiveOptics(phu)) {
            tags.add("AO");
            tags.add(GeminiSensors.laserGuideStar(phu) ? "LGS" : "NGS");
        }
        Optional<String> processedKind =
                PROCESSED_KINDS.stream().filter(k -> phu.has("PROC" + k)).findFirst();
        if (phu.has("PROCSCI")) {
            tags.add("PROCESSED");
            tags.add("PROCESSED_SCIENCE");
        } else if (processedKind.isPresent()) {
            tags.add("PROCESSED");
            tags.add(PROCESSED_NAMES.getOrDefault(processedKind.get(), processedKind.get()));
        }
        if (phu.has("PREPARE")) {
            tags.add("PREPARED");
        } else if (!tags.contains("PROCESSED")) {
            tags.add("RAW");
            tags.add("UNPREPARED");
        }
        return tags;
    }

    private static String observationType(FitsHeaders.Hdu phu, Set<String> tags) {
        if (tags.contains("PINHOLE")) {
            return "PINHOLE";
        }
        if (tags.contains("RONCHI")) {
            return "RONCHI";
        }
        return Cards.text(phu, "OBSTYPE").orElse(null);
    }

    /** DATE-OBS (a full date-time wins), DATE or UTDATE with the time of UT, TIME-OBS, STARTUT or UTSTART; then MJD-OBS; then OBSSTART. */
    static Optional<Instant> utDateTime(FitsHeaders.Hdu phu) {
        Optional<String> dateObs = Cards.text(phu, "DATE-OBS");
        Optional<Instant> full = dateObs.flatMap(HeaderDates::dateTime);
        if (full.isPresent()) {
            return full;
        }
        Optional<LocalDate> date = dateObs.flatMap(HeaderDates::date)
                .or(() -> Cards.text(phu, "DATE").flatMap(HeaderDates::date))
                .or(() -> Cards.text(phu, "UTDATE").flatMap(HeaderDates::date));
        if (date.isPresent()) {
            for (String key : new String[] {"UT", "TIME-OBS", "STARTUT", "UTSTART"}) {
                var time = Cards.text(phu, key).flatMap(HeaderDates::time);
                if (time.isPresent()) {
                    return Optional.of(HeaderDates.startOfDay(date.get())
                            .plusNanos(time.get().toNanoOfDay()));
                }
            }
        }
        Optional<Instant> mjd = phu.number("MJD-OBS").filter(m -> m > 0).map(HeaderDates::fromMjd);
        if (mjd.isPresent()) {
            return mjd;
        }
        Optional<Instant> start = Cards.text(phu, "OBSSTART").flatMap(HeaderDates::dateTime);
        return start.isPresent() ? start : date.map(HeaderDates::startOfDay);
    }

    /** Seconds over all coadds; null outside [0, 10000) where the header is surely wrong. */
    static Double exposureTime(FitsHeaders.Hdu phu, GeminiInstrument rules, boolean prepared) {
        Optional<Double> exptime = phu.number("EXPTIME");
        if (exptime.isEmpty()) {
            return null;
        }
        double total = exptime.get();
        if (rules.exposureIsPerCoadd() && !prepared) {
            total *= phu.integer("COADDS").orElse(1L);
        }
        return total >= 0 && total < 10000 ? total : null;
    }

    static String mode(Set<String> tags) {
        if (!tags.contains("SPECT")) {
            return "imaging";
        }
        if (tags.contains("IFU")) {
            return "IFS";
        }
        if (tags.contains("MOS")) {
            return "MOS";
        }
        return tags.contains("LS") ? "LS" : "spectroscopy";
    }

    private static String reduction(Set<String> tags, FitsHeaders.Hdu phu) {
        if (tags.contains("PROCESSED_SCIENCE")) {
            return "PROCESSED_SCIENCE";
        }
        if (tags.contains("PROCESSED")) {
            for (String kind : List.of(
                    "BIAS", "FLAT", "DARK", "ARC", "FRINGE", "STANDARD", "TELLURIC", "SLITILLUM", "PINHOLE", "BPM")) {
                if (tags.contains(kind)) {
                    return "PROCESSED_" + kind;
                }
            }
            return "PROCESSED_UNKNOWN";
        }
        return tags.contains("PREPARED") ? "PREPARED" : "RAW";
    }

    /** PROCREVW, else a valid PROCITNT, else PROCMODE/PROCSCI ({@code ql}, {@code sq}), else Raw. */
    static String processing(FitsHeaders.Hdu phu) {
        Optional<String> reviewed = Cards.text(phu, "PROCREVW");
        if (reviewed.isPresent()) {
            return reviewed.get();
        }
        Optional<String> intent = Cards.text(phu, "PROCITNT").filter(PROCESSING::contains);
        if (intent.isPresent()) {
            return intent.get();
        }
        String mode =
                Cards.text(phu, "PROCMODE").or(() -> Cards.text(phu, "PROCSCI")).orElse("");
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "ql" -> "Quick-Look";
            case "sq" -> "Science-Quality";
            default -> "Raw";
        };
    }

    /** ENG programs and invalid program IDs, unless ENG_DATA says otherwise; sky monitoring never. */
    static boolean engineering(FitsHeaders.Hdu phu, String programId, String instrument) {
        if ("GS_ALLSKYCAMERA".equals(instrument)) {
            return false;
        }
        Optional<Boolean> override = phu.bool("ENG_DATA");
        return override.orElseGet(() -> GeminiProgramIds.isEngineering(programId));
    }

    private static boolean isTrue(Object v) {
        return v instanceof Boolean b
                ? b
                : v != null && Set.of("1", "T").contains(v.toString().trim());
    }
}
