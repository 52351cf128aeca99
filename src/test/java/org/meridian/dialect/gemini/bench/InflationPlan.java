// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.meridian.sky.Healpix;

/**
 * A deterministic synthetic Gemini archive: programs of 10-500 files (a few large, most small) on
 * both sites over about 4000 nights from 2012 to 2026, each program's observations on nights of its
 * semester, with acquisitions, science frames, partner and program calibrations, daily CAL and ENG
 * programs, QA states, release dates (some still proprietary), proprietary-coordinate programs and
 * sky positions. The same seed yields the same rows, so each table is written in its own pass
 * (observations first, for the foreign keys) by calling {@link #emit} once per table.
 */
final class InflationPlan {

    enum Table {
        PROGRAM,
        OBSERVATION,
        FILE,
        VERSION
    }

    /** The bytes a synthetic file row points at: one of the real stored files. */
    record StoredBytes(String storageKey, long fileSize, long dataSize, String fileMd5, String dataMd5) {}

    /** Which rows a pass writes, and where the ids start. */
    record Ids(long observation, long file, long version) {}

    static final String OBSERVATION_COLUMNS = "id, collection, obs_key, program_id, observation_id, data_label,"
            + " telescope, instrument, ut_start, ut_end, exposure_time, local_time, observation_day, object, ra, dec,"
            + " hpx, azimuth, elevation, cass_rotator_pa, airmass, fp_ra, fp_dec, fp_radius, fp_hpx,"
            + " proprietary_coordinates, filter_name, disperser, focal_plane_mask, camera, central_wavelength,"
            + " wavelength_band, mode, spectroscopy, detector_binning, detector_gain_setting, detector_roi_setting,"
            + " detector_readspeed_setting, detector_welldepth_setting, detector_readmode_setting, coadds, naxis1,"
            + " naxis2, raw_iq, raw_cc, raw_wv, raw_bg, requested_iq, requested_cc, requested_wv, requested_bg,"
            + " observation_type, observation_class, types, qa_state, reduction, reduction_level, processing,"
            + " engineering, science_verification, calibration_program, release, extra";
    static final String PROGRAM_COLUMNS = "id, collection, title, pi_name, co_investigators, semester, engineering,"
            + " calibration, science_verification";
    static final String FILE_COLUMNS = "id, name, observation_id, product_type, calib_level";
    static final String VERSION_COLUMNS = "id, file_id, filename, path, storage_key, compressed, file_size,"
            + " data_size, file_md5, data_md5, lastmod, entrytime, present, canonical, mdready";

    private static final LocalDate EPOCH = LocalDate.of(2012, 1, 1);
    private static final LocalDate LAST_NIGHT = LocalDate.of(2026, 11, 22);
    private static final int SEMESTERS = 30; // 2012A .. 2026B
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.S");
    private static final List<String> SURNAMES = List.of(
            "Smith",
            "Garcia",
            "Tanaka",
            "Okafor",
            "Silva",
            "Kowalski",
            "Nguyen",
            "Haddad",
            "Rossi",
            "Jensen",
            "Moreau",
            "Chen",
            "Ivanova",
            "Mensah",
            "Fischer",
            "Park",
            "Oliveira",
            "Kaur",
            "Lindqvist",
            "Murphy");
    private static final List<String> TOPICS = List.of(
            "Dwarf galaxies",
            "Quasar hosts",
            "Brown dwarfs",
            "Exoplanet atmospheres",
            "Supernova remnants",
            "Globular clusters",
            "Young stellar objects",
            "Tidal disruption events",
            "Galaxy clusters",
            "Gravitational lenses",
            "Planetary nebulae",
            "Kilonova follow-up",
            "Active galactic nuclei");
    private static final List<String> STANDARDS = List.of("Feige 34", "LTT 3218", "EG 131", "HIP 12345", "G191B2B");

    private final long targetFiles;
    private final List<StoredBytes> bytes;
    private final Ids ids;

    InflationPlan(long targetFiles, List<StoredBytes> bytes, Ids ids) {
        if (bytes.isEmpty()) {
            throw new IllegalArgumentException("no stored files to point the synthetic rows at");
        }
        this.targetFiles = targetFiles;
        this.bytes = List.copyOf(bytes);
        this.ids = ids;
    }

    /** Writes the rows of {@code table}; every pass makes the same random draws. */
    void emit(Table table, CopyRows out, QuerySamples samples) throws SQLException {
        SplittableRandom r = new SplittableRandom(20261123L);
        Map<String, Integer> numbers = new HashMap<>();
        Set<String> datedPrograms = new HashSet<>();
        Map<Long, Integer> sequences = new HashMap<>();
        long files = 0;
        long observationId = ids.observation();
        while (files < targetFiles) {
            boolean north = r.nextBoolean();
            String site = north ? "GN" : "GS";
            int roll = r.nextInt(100);
            String kind = roll < 70
                    ? "Q"
                    : roll < 75
                            ? "C"
                            : roll < 78
                                    ? "LP"
                                    : roll < 82
                                            ? "FT"
                                            : roll < 86 ? "DD" : roll < 88 ? "SV" : roll < 96 ? "CAL" : "ENG";
            int semester = r.nextInt(SEMESTERS);
            LocalDate semesterStart = LocalDate.of(2012 + semester / 2, semester % 2 == 0 ? 2 : 8, 1);
            String semesterName = (2012 + semester / 2) + (semester % 2 == 0 ? "A" : "B");
            boolean dated = kind.equals("CAL") || kind.equals("ENG");
            LocalDate programNight = night(r, semesterStart);
            String programId;
            if (dated) {
                while (!datedPrograms.add(site + kind + programNight)) {
                    programNight = night(r, semesterStart);
                }
                programId = site + "-" + kind + programNight.format(COMPACT);
            } else {
                int number = numbers.merge(site + semesterName + kind, 1, Integer::sum);
                programId = site + "-" + semesterName + "-" + kind + "-" + number;
            }
            int size = dated ? 10 + r.nextInt(50) : 10 + (int) (490 * Math.pow(r.nextDouble(), 3));
            size = (int) Math.min(size, targetFiles - files);
            String instrument = InstrumentSetup.pick(
                    r, (north ? InstrumentSetup.NORTH : InstrumentSetup.SOUTH).toArray(String[]::new));
            boolean propCoords = kind.equals("Q") && r.nextInt(100) < 3;
            String pi = SURNAMES.get(r.nextInt(SURNAMES.size()));
            String coi = SURNAMES.get(r.nextInt(SURNAMES.size())) + ", " + SURNAMES.get(r.nextInt(SURNAMES.size()));
            String title = TOPICS.get(r.nextInt(TOPICS.size())) + " with " + instrument;
            if (table == Table.PROGRAM) {
                out.row(
                        programId,
                        "GEMINI",
                        title,
                        pi,
                        coi,
                        semesterName,
                        kind.equals("ENG"),
                        kind.equals("CAL"),
                        kind.equals("SV"));
            }
            int obsNumber = 0;
            for (int done = 0; done < size; ) {
                int per = Math.min(size - done, 3 + r.nextInt(38));
                obsNumber++;
                LocalDate night = dated ? programNight : night(r, semesterStart);
                long siteNight = night.toEpochDay() * 2 + (north ? 1 : 0);
                while (sequences.getOrDefault(siteNight, 0) + per >= GmosRawFiles.FIRST_SEQUENCE - 1) {
                    night = night(r, semesterStart); // that night is full: observe on another
                    siteNight = night.toEpochDay() * 2 + (north ? 1 : 0);
                }
                Observation o = new Observation(
                        north,
                        programId,
                        kind,
                        programId + "-" + obsNumber,
                        InstrumentSetup.draw(instrument, r),
                        observationClass(kind, r),
                        night,
                        propCoords);
                Instant start = night.atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .plusSeconds((north ? 5 * 3600 : 0) + r.nextInt(36000 - Math.min(per * 200, 30000)));
                double ra = r.nextDouble(0, 360);
                double dec = Math.toDegrees(Math.asin(north ? r.nextDouble(-0.5, 1) : r.nextDouble(-1, 0.5)));
                String target = o.observationClass().equals("partnerCal")
                        ? STANDARDS.get(r.nextInt(STANDARDS.size()))
                        : "J%05.1f%+05.1f".formatted(ra, dec);
                String qa = qaState(r);
                int[] conditions = {
                    pickInt(r, 20, 70, 70, 85, 100), pickInt(r, 50, 50, 70, 80, 100),
                    pickInt(r, 20, 50, 80, 100), pickInt(r, 20, 50, 80, 100)
                };
                double exposure = o.exposure(r);
                for (int j = 1; j <= per; j++) {
                    int sequence = sequences.merge(siteNight, 1, Integer::sum);
                    String name = (north ? "N" : "S") + night.format(COMPACT) + "S%04d".formatted(sequence);
                    String type = o.observationType(j);
                    String obsClass = j <= o.acquisitions() ? "acq" : o.observationClass();
                    double seconds = obsClass.equals("acq") ? 30 : exposure;
                    double dRa = r.nextDouble(-0.002, 0.002);
                    double dDec = r.nextDouble(-0.002, 0.002);
                    double el = r.nextDouble(30, 89);
                    double azimuth = r.nextDouble(0, 360);
                    double rotator = r.nextDouble(-180, 180);
                    long fileId = ids.file() + files + j - 1;
                    switch (table) {
                        case OBSERVATION -> {
                            boolean dark = o.isDaytimeCal();
                            Double pointRa = dark ? null : (ra + dRa + 360) % 360;
                            Double pointDec = dark ? null : Math.max(-90, Math.min(90, dec + dDec));
                            Long hpx = dark ? null : Healpix.ang2pix(Healpix.MAX_ORDER, pointRa, pointDec);
                            out.row(
                                    observationId,
                                    "GEMINI",
                                    o.observationId() + "-%03d".formatted(j),
                                    programId,
                                    o.observationId(),
                                    o.observationId() + "-%03d".formatted(j),
                                    north ? "Gemini-North" : "Gemini-South",
                                    instrument,
                                    start,
                                    start.plusMillis((long) (seconds * 1000)),
                                    seconds,
                                    start.atOffset(ZoneOffset.ofHours(north ? -10 : -3))
                                            .format(CLOCK),
                                    start.atOffset(ZoneOffset.UTC).toLocalDate(),
                                    dark ? typeObject(type) : target,
                                    pointRa,
                                    pointDec,
                                    hpx,
                                    dark ? null : azimuth,
                                    dark ? null : el,
                                    dark ? null : rotator,
                                    dark ? null : Math.round(1000 / Math.sin(Math.toRadians(el))) / 1000.0,
                                    pointRa,
                                    pointDec,
                                    dark ? null : o.setup().instrument().startsWith("GMOS") ? 0.053 : 0.02,
                                    hpx,
                                    propCoords,
                                    o.setup().filter(),
                                    o.setup().disperser(),
                                    o.setup().mask(),
                                    o.setup().camera(),
                                    o.setup().centralWavelength(),
                                    o.setup().band(),
                                    o.setup().mode(),
                                    o.setup().spectroscopy(),
                                    o.setup().detector().binning(),
                                    o.setup().detector().gain(),
                                    o.setup().detector().roi(),
                                    o.setup().detector().readSpeed(),
                                    o.setup().detector().wellDepth(),
                                    o.setup().detector().readMode(),
                                    o.setup().detector().coadds(),
                                    o.setup().detector().naxis1(),
                                    o.setup().detector().naxis2(),
                                    conditions[0],
                                    conditions[1],
                                    conditions[2],
                                    conditions[3],
                                    70,
                                    70,
                                    100,
                                    100,
                                    type,
                                    obsClass,
                                    o.setup().tags(north, type, obsClass),
                                    qa,
                                    "RAW",
                                    0,
                                    "Raw",
                                    kind.equals("ENG"),
                                    kind.equals("SV"),
                                    kind.equals("CAL"),
                                    release(kind, obsClass, start),
                                    "{\"pre_image\": false}");
                            if (samples != null) {
                                samples.observed(
                                        programId, o.observationId() + "-%03d".formatted(j), instrument, night);
                            }
                        }
                        case FILE ->
                            out.row(
                                    fileId,
                                    name + ".fits",
                                    observationId,
                                    obsClass.equals("science") ? "SCIENCE" : "CALIBRATION",
                                    1);
                        case VERSION -> {
                            StoredBytes b = bytes.get((int) (fileId % bytes.size()));
                            Instant stored = start.plusSeconds(600 + (long) seconds);
                            out.row(
                                    ids.version() + files + j - 1,
                                    fileId,
                                    name + ".fits.bz2",
                                    "",
                                    b.storageKey(),
                                    "bzip2",
                                    b.fileSize(),
                                    b.dataSize(),
                                    b.fileMd5(),
                                    b.dataMd5(),
                                    stored,
                                    stored.plusSeconds(5),
                                    true,
                                    true,
                                    true);
                        }
                        case PROGRAM -> {}
                    }
                    start = start.plusMillis((long) (seconds * 1000) + 30_000);
                    observationId++;
                }
                done += per;
                files += per;
            }
        }
    }

    /** A night of the semester, on the roughly three nights in four that the archive has data for. */
    private static LocalDate night(SplittableRandom r, LocalDate semesterStart) {
        while (true) {
            LocalDate d = semesterStart.plusDays(r.nextInt(181));
            long index = ChronoUnit.DAYS.between(EPOCH, d);
            if (index % 4 != 3 && !d.isAfter(LAST_NIGHT)) {
                return d;
            }
        }
    }

    private static String observationClass(String kind, SplittableRandom r) {
        if (kind.equals("CAL")) {
            return "dayCal";
        }
        int roll = r.nextInt(100);
        return roll < 80 ? "science" : roll < 90 ? "partnerCal" : roll < 97 ? "progCal" : "nightCal";
    }

    private static String qaState(SplittableRandom r) {
        int roll = r.nextInt(100);
        return roll < 72 ? "Pass" : roll < 82 ? "Usable" : roll < 85 ? "Fail" : roll < 86 ? "CHECK" : "Undefined";
    }

    /** Gemini's release defaults (docs/gemini-headers.md): calibrations and CAL/ENG at once, SV 90 days, else a year. */
    private static Instant release(String kind, String obsClass, Instant start) {
        Instant day = start.truncatedTo(ChronoUnit.DAYS);
        if (Set.of("partnerCal", "dayCal", "acqCal").contains(obsClass) || kind.equals("CAL") || kind.equals("ENG")) {
            return day;
        }
        return day.plus(kind.equals("SV") ? 90 : kind.equals("DD") ? 180 : 365, ChronoUnit.DAYS);
    }

    /** The OBJECT card of a calibration of that OBSTYPE; flats for any other. */
    private static String typeObject(String type) {
        return Map.of("BIAS", "Bias", "DARK", "Dark", "ARC", "CuAr").getOrDefault(type, "GCALflat");
    }

    private static int pickInt(SplittableRandom r, int... choices) {
        return choices[r.nextInt(choices.length)];
    }

    /** One observation (observation ID) of a program: its class and setup hold for all its files. */
    private record Observation(
            boolean north,
            String programId,
            String kind,
            String observationId,
            InstrumentSetup setup,
            String observationClass,
            LocalDate night,
            boolean propCoords) {

        boolean isDaytimeCal() {
            return observationClass.equals("dayCal");
        }

        int acquisitions() {
            return observationClass.equals("science") && setup.spectroscopy() ? 2 : 0;
        }

        String observationType(int index) {
            boolean gmos = setup.instrument().startsWith("GMOS");
            return switch (observationClass) {
                case "dayCal" -> gmos ? "BIAS" : (index % 2 == 0 ? "DARK" : "FLAT");
                case "progCal" -> setup.spectroscopy() && index % 2 == 0 ? "ARC" : "FLAT";
                default -> "OBJECT";
            };
        }

        double exposure(SplittableRandom r) {
            return switch (observationClass) {
                case "dayCal" -> setup.instrument().startsWith("GMOS") ? 0 : 1 + r.nextInt(60);
                case "progCal", "nightCal" -> 1 + r.nextInt(30);
                case "partnerCal" -> 5 + r.nextInt(60);
                default -> List.of(60.0, 120.0, 300.0, 600.0, 900.0, 1200.0).get(r.nextInt(6));
            };
        }
    }
}
