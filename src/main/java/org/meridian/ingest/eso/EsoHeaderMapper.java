// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.eso;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.archive.Classification;
import org.meridian.core.archive.Conditions;
import org.meridian.core.archive.Detector;
import org.meridian.core.archive.Identity;
import org.meridian.core.archive.Observation;
import org.meridian.core.archive.Pointing;
import org.meridian.core.archive.Setup;
import org.meridian.ingest.BadFileException;
import org.meridian.ingest.FitsHeaders;
import org.meridian.ingest.HeaderMapper;
import org.meridian.ingest.IngestContext;
import org.meridian.ingest.MappedFile;
import org.meridian.ingest.generic.Cards;
import org.meridian.ingest.generic.HeaderDates;
import org.meridian.ingest.generic.WcsGeometry;

/** ESO raw frames (ARCFILE, DPR keywords), master calibrations (PRO CATG) and Phase-3 products (PRODCATG). */
public final class EsoHeaderMapper implements HeaderMapper {

    /** The reduction of a pipeline master calibration (raw frames are RAW, Phase 3 products PROCESSED_SCIENCE). */
    public static final String MASTER = "MASTER";

    @Override
    public boolean accepts(FitsHeaders headers) {
        FitsHeaders.Hdu phu = headers.primary();
        return phu.string("ORIGIN").map(o -> o.startsWith("ESO")).orElse(false)
                || phu.has("ARCFILE")
                || phu.has("ESO OBS PROG ID")
                || phu.has("ESO DPR CATG");
    }

    @Override
    public MappedFile map(FitsHeaders headers, IngestContext context) throws BadFileException {
        FitsHeaders.Hdu phu = headers.primary();
        FitsHeaders.Hdu ext = headers.firstExtension();
        Instant start = Cards.text("DATE-OBS", phu)
                .flatMap(HeaderDates::dateOrDateTime)
                .or(() -> phu.number("MJD-OBS").map(HeaderDates::fromMjd))
                .orElseThrow(() -> new BadFileException(headers.filename() + " has no DATE-OBS or MJD-OBS"));
        boolean product = phu.has("PRODCATG");
        // A pipeline's master calibration (ESO PRO CATG without a Phase 3 PRODCATG): calibration selection
        // finds it by its PRO CATG, as it finds raw calibrations by their DPR TYPE.
        Optional<String> master = product ? Optional.empty() : Cards.text(phu, "ESO PRO CATG");
        String dpId = Cards.text(phu, "ARCFILE")
                .map(EsoHeaderMapper::withoutFits)
                .orElse(Cards.withoutCompressionSuffix(headers.filename()).replaceFirst("\\.fits$", ""));
        Double exposure = Cards.number("EXPTIME", phu)
                .or(() -> Cards.number("TEXPTIME", phu))
                .orElse(null);
        String category = Cards.textOrNull("ESO DPR CATG", phu);
        Optional<FitsHeaders.Hdu> image = Cards.firstImage(headers);

        Map<String, Object> extra = new HashMap<>();
        Cards.text(phu, "ESO DPR TYPE").ifPresent(v -> extra.put("dp_type", v));
        Cards.text(phu, "ESO DPR TECH").ifPresent(v -> extra.put("dp_tech", v));
        if (category != null) {
            extra.put("dp_cat", category);
        }
        Cards.text(phu, "PRODCATG").ifPresent(v -> extra.put("dataproduct_subtype", v));
        master.ifPresent(v -> extra.put("pro_catg", v));
        Observation observation = new Observation(
                new Identity(
                        "ESO",
                        dpId,
                        Cards.textOrNull("ESO OBS PROG ID", phu),
                        phu.integer("ESO OBS ID").map(String::valueOf).orElse(null),
                        null,
                        null,
                        Cards.textOrNull("TELESCOP", phu),
                        Cards.textOrNull("INSTRUME", phu),
                        null,
                        null),
                HeaderDates.utcTiming(start, exposure),
                new Pointing(
                        Cards.textOrNull("OBJECT", phu),
                        Cards.number("RA", phu).orElse(null),
                        Cards.number("DEC", phu).orElse(null),
                        Cards.numberOrNull("ESO TEL AZ", phu),
                        Cards.numberOrNull("ESO TEL ALT", phu),
                        null,
                        Cards.numberOrNull("ESO TEL AIRM START", phu),
                        image.map(WcsGeometry::corners).orElse(List.of()),
                        false),
                new Setup(
                        Cards.text("ESO INS FILT1 NAME", phu)
                                .or(() -> Cards.text(phu, "FILTER"))
                                .orElse(null),
                        Cards.textOrNull("ESO INS GRIS1 NAME", phu),
                        Cards.textOrNull("ESO INS SLIT1 NAME", phu),
                        null,
                        // UVES's grating central wavelength, in nm; the core model (as Gemini) holds micrometres.
                        Cards.number("ESO INS GRAT2 WLEN", phu)
                                .map(nm -> nm / 1000)
                                .orElse(null),
                        null,
                        nanometresToMetres(Cards.numberOrNull("WAVELMIN", phu)),
                        nanometresToMetres(Cards.numberOrNull("WAVELMAX", phu)),
                        Cards.textOrNull("ESO INS MODE", phu),
                        Cards.text(phu, "ESO DPR TECH")
                                .map(t -> t.contains("SPECTRUM"))
                                .orElse(false),
                        false,
                        false,
                        null,
                        null),
                detector(phu, image),
                Conditions.unknown(),
                new Classification(
                        master.orElse(Cards.textOrNull("ESO DPR TYPE", phu)),
                        category,
                        List.of(),
                        null,
                        product ? "PROCESSED_SCIENCE" : master.isPresent() ? MASTER : "RAW",
                        product ? 91 : master.isPresent() ? 2 : 0,
                        null,
                        false,
                        false,
                        "CALIB".equals(category),
                        release(phu, start, category, context.programRelease(Cards.textOrNull("ESO OBS PROG ID", phu))),
                        false),
                extra);
        String type = product || "SCIENCE".equals(category) ? "SCIENCE" : "CALIBRATION";
        List<MappedFile.RelatedFile> related = new ArrayList<>();
        for (int i = 1; phu.has("PROV" + i); i++) {
            related.add(new MappedFile.RelatedFile(
                    "PROV", withoutFits(phu.string("PROV" + i).orElseThrow())));
        }
        return new MappedFile(
                observation,
                master.isPresent()
                        ? new MappedFile.Product("CALIBRATION", "MASTER", 2)
                        : new MappedFile.Product(type, product ? "REDUCED" : "RAW", product ? 3 : 1),
                related,
                headers.filename());
    }

    /**
     * The detector setup calibration selection matches: binning as {@code XxY} from the first window's
     * (or the detector's) BINX/BINY, and the read-out mode (FORS2's READ CLOCK, UVES's READ SPEED).
     */
    static Detector detector(FitsHeaders.Hdu phu, Optional<FitsHeaders.Hdu> image) {
        Optional<Long> x = phu.integer("ESO DET WIN1 BINX").or(() -> phu.integer("ESO DET BINX"));
        Optional<Long> y = phu.integer("ESO DET WIN1 BINY").or(() -> phu.integer("ESO DET BINY"));
        String binning = x.isPresent() && y.isPresent() ? x.get() + "x" + y.get() : null;
        String readMode = Cards.text(phu, "ESO DET READ CLOCK")
                .or(() -> Cards.text(phu, "ESO DET READ SPEED"))
                .orElse(null);
        Detector d = Cards.imageDetector(image, readMode);
        return new Detector(binning, null, null, null, null, readMode, null, d.naxis1(), d.naxis2());
    }

    /**
     * ESO's rule: calibrations are public at once; other data after the program's proprietary period
     * (its release date when the archive knows one, else one year from the observation), unless the
     * header states a release date (Phase-3 products often do).
     */
    static Instant release(FitsHeaders.Hdu phu, Instant start, String category, Optional<Instant> programRelease) {
        Optional<Instant> stated = Cards.text(phu, "RELEASE")
                .or(() -> Cards.text(phu, "ESO OBS RELEASE"))
                .flatMap(HeaderDates::dateOrDateTime);
        if (stated.isPresent()) {
            return stated.get();
        }
        if ("CALIB".equals(category)) {
            return start;
        }
        return programRelease.orElseGet(
                () -> start.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
    }

    /** ESO Phase 3 writes WAVELMIN/WAVELMAX in nm; the core model (like ObsCore em_min) holds metres. */
    static Double nanometresToMetres(Double nm) {
        return nm == null ? null : nm * 1e-9;
    }

    private static String withoutFits(String name) {
        return Cards.withoutCompressionSuffix(name.trim()).replaceFirst("\\.fits$", "");
    }
}
