// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.generic;

import java.time.Instant;
import java.util.Optional;
import org.meridian.ingest.FitsHeaders;

/**
 * When a file's exposure began, from whichever standard card carries it, in the order archives that
 * ingest "anything FITS" (FitsStorage, CADC) try them: {@code DATE-OBS} (ISO 8601, or the FITS
 * standard's older {@code DD/MM/YY} for 1900–1999), {@code MJD-OBS}, {@code DATE-BEG},
 * {@code MJD-BEG}, {@code TSTART} on its {@code MJDREF} (FITS time paper, in days or {@code TIMEUNIT}
 * seconds), and HST's {@code EXPSTART} (an MJD). A file with none of them has no time; that is
 * recorded as a warning, not a reason to refuse it.
 */
public final class ObservationTime {

    private ObservationTime() {}

    /** The start time found, and the card it came from. */
    public record Found(Instant start, String card) {}

    /** The start, or empty with the reason in {@code why}. */
    public static Optional<Found> of(FitsHeaders.Hdu phu, FitsHeaders.Hdu ext, StringBuilder why) {
        Optional<String> dateObs = Cards.text("DATE-OBS", phu, ext);
        if (dateObs.isPresent()) {
            Optional<Instant> t = HeaderDates.dateOrDateTime(dateObs.get());
            if (t.isPresent()) {
                return Optional.of(new Found(t.get(), "DATE-OBS"));
            }
            why.append("DATE-OBS '").append(dateObs.get()).append("' is not a date");
        }
        Optional<Found> found = mjd("MJD-OBS", phu, ext)
                .or(() -> Cards.text("DATE-BEG", phu, ext)
                        .flatMap(HeaderDates::dateOrDateTime)
                        .map(t -> new Found(t, "DATE-BEG")))
                .or(() -> mjd("MJD-BEG", phu, ext))
                .or(() -> missionTime(phu, ext))
                .or(() -> mjd("EXPSTART", phu, ext));
        if (found.isEmpty() && why.isEmpty()) {
            why.append("no observation time (DATE-OBS, MJD-OBS, DATE-BEG, MJD-BEG, TSTART, EXPSTART)");
        }
        return found;
    }

    private static Optional<Found> mjd(String card, FitsHeaders.Hdu... hdus) {
        return Cards.number(card, hdus)
                .filter(ObservationTime::plausibleMjd)
                .map(m -> new Found(HeaderDates.fromMjd(m), card));
    }

    /**
     * {@code TSTART} counts from {@code MJDREF} (or {@code MJDREFI + MJDREFF}) in {@code TIMEUNIT},
     * seconds by default as the FITS time paper says.
     */
    private static Optional<Found> missionTime(FitsHeaders.Hdu phu, FitsHeaders.Hdu ext) {
        Optional<Double> tstart = Cards.number("TSTART", phu, ext);
        Optional<Double> reference = Cards.number("MJDREF", phu, ext).or(() -> Cards.number("MJDREFI", phu, ext)
                .map(i -> i + Cards.number("MJDREFF", phu, ext).orElse(0.0)));
        if (tstart.isEmpty() || reference.isEmpty()) {
            return Optional.empty();
        }
        String unit = Cards.text("TIMEUNIT", phu, ext).orElse("s").trim();
        double days =
                switch (unit) {
                    case "d" -> tstart.get();
                    case "h" -> tstart.get() / 24;
                    case "min" -> tstart.get() / 1440;
                    default -> tstart.get() / 86_400;
                };
        double mjd = reference.get() + days;
        return plausibleMjd(mjd) ? Optional.of(new Found(HeaderDates.fromMjd(mjd), "TSTART")) : Optional.empty();
    }

    /** Between 1858 (MJD 0) and 2300: anything else is a placeholder or another unit. */
    private static boolean plausibleMjd(double mjd) {
        return mjd > 0 && mjd < 157_000;
    }
}
