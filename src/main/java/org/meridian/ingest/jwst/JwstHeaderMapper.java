// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.jwst;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.archive.Classification;
import org.meridian.core.archive.Conditions;
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

/** JWST pipeline files: one CAOM observation groups the _uncal, _rate, _cal and _i2d products. */
public final class JwstHeaderMapper implements HeaderMapper {

    /** Product subgroup and calibration level by file-name suffix (MAST productSubGroupDescription). */
    enum Suffix {
        UNCAL(1),
        RATE(2),
        CAL(2),
        I2D(3);

        final int calibLevel;

        Suffix(int calibLevel) {
            this.calibLevel = calibLevel;
        }
    }

    @Override
    public boolean accepts(FitsHeaders headers) {
        return headers.primary().string("TELESCOP").map("JWST"::equals).orElse(false);
    }

    @Override
    public MappedFile map(FitsHeaders headers, IngestContext context) throws BadFileException {
        FitsHeaders.Hdu phu = headers.primary();
        String stem = Cards.withoutCompressionSuffix(headers.filename()).replaceFirst("\\.fits$", "");
        int underscore = stem.lastIndexOf('_');
        Suffix suffix = underscore < 0 ? null : parse(stem.substring(underscore + 1));
        if (suffix == null) {
            throw new BadFileException(headers.filename() + " has no JWST product suffix (_uncal, _rate, _cal, _i2d)");
        }
        String obsId = stem.substring(0, underscore);
        String date = Cards.text(phu, "DATE-BEG")
                .or(() -> Cards.text(phu, "DATE-OBS")
                        .map(d -> d.contains("T")
                                ? d
                                : d + "T" + Cards.text(phu, "TIME-OBS").orElse("00:00:00")))
                .orElse(null);
        Instant start = HeaderDates.dateOrDateTime(date)
                .orElseThrow(() -> new BadFileException(headers.filename() + " has no DATE-OBS"));
        Double exposure = Cards.number("EFFEXPTM", phu)
                .or(() -> Cards.number("EXPTIME", phu))
                .orElse(null);
        String filter = Cards.text(phu, "FILTER").orElse(null);
        String pupil = Cards.text(phu, "PUPIL").orElse(null);
        String filters = pupil == null || pupil.equals("CLEAR") || filter == null ? filter : filter + ";" + pupil;
        Optional<FitsHeaders.Hdu> image = Cards.firstImage(headers);
        String program = Cards.text(phu, "PROGRAM")
                .map(p -> p.replaceFirst("^0+(?=\\d)", ""))
                .orElse(null);

        Observation observation = new Observation(
                new Identity(
                        "JWST",
                        obsId,
                        program,
                        Cards.textOrNull("OBS_ID", phu),
                        null,
                        null,
                        "JWST",
                        Cards.textOrNull("INSTRUME", phu),
                        null,
                        null),
                HeaderDates.utcTiming(start, exposure),
                new Pointing(
                        Cards.textOrNull("TARGPROP", phu),
                        Cards.numberOrNull("TARG_RA", phu),
                        Cards.numberOrNull("TARG_DEC", phu),
                        null,
                        null,
                        null,
                        null,
                        image.map(WcsGeometry::corners).orElse(List.of()),
                        false),
                new Setup(filters, null, null, null, null, null, null, null, null, false, false, false, null, null),
                Cards.imageDetector(image, Cards.textOrNull("READPATT", phu)),
                Conditions.unknown(),
                new Classification(
                        Cards.textOrNull("EXP_TYPE", phu),
                        null,
                        List.of(),
                        null,
                        suffix.name(),
                        suffix.calibLevel == 1 ? 0 : 91,
                        null,
                        false,
                        false,
                        false,
                        release(phu, start, context.programRelease(program)),
                        false),
                Map.of());
        return new MappedFile(
                observation,
                new MappedFile.Product("SCIENCE", suffix.name(), suffix.calibLevel),
                List.of(),
                headers.filename());
    }

    private static Suffix parse(String s) {
        for (Suffix x : Suffix.values()) {
            if (x.name().equalsIgnoreCase(s)) {
                return x;
            }
        }
        return null;
    }

    /**
     * A stated release (XPOSURE, the end of the exclusive access period, or PUBLIC/RELEASE dates)
     * wins; then the program's exclusive access end when the archive knows it; otherwise the standard
     * 12-month exclusive access period from the observation.
     */
    static Instant release(FitsHeaders.Hdu phu, Instant start, Optional<Instant> programRelease) {
        for (String key : new String[] {"XPOSURE", "PUBLIC", "RELEASE"}) {
            Optional<Instant> stated = Cards.text(phu, key).flatMap(HeaderDates::dateOrDateTime);
            if (stated.isPresent()) {
                return stated.get();
            }
        }
        return programRelease.orElseGet(
                () -> start.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
    }
}
