// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.meridian.demo.DemoManifest.Account;
import org.meridian.demo.DemoManifest.Membership;
import org.meridian.demo.DemoManifest.Program;
import org.meridian.demo.DemoManifest.Semester;
import org.meridian.demo.DemoManifest.TimeAllocation;

/** Programs, semesters, time allocations and accounts of the demo universe, from the seeds' examples. */
final class DemoPrograms {

    private DemoPrograms() {}

    static List<Program> programs(int scale) {
        List<Program> p = new ArrayList<>();
        p.add(gemini("GN-2010B-Q-22", "Brown dwarf candidates in Taurus", "M. Rivera", "2010B"));
        p.add(gemini("GN-2010B-Q-51", "Spectroscopy of faint galaxies in the CDFS", "A. Okafor", "2010B"));
        p.add(gemini("GN-2010B-C-10", "Quasar absorption lines toward SDSS J0841+2042", "L. Chen", "2010B"));
        p.add(gemini("GN-2010B-Q-37", "Galaxy cluster F: MOS redshifts", "P. Novak", "2010B"));
        p.add(gemini("GN-2010B-Q-64", "Superluminous supernova PTF10cwr", "S. Iyer", "2010B"));
        p.add(gemini("GS-2010B-Q-12", "Globular cluster NGC 1851 imaging", "R. Duarte", "2010B"));
        p.add(gemini("GN-2010B-Q-70", "Near-infrared spectroscopy of SN 2010jl", "K. Mwangi", "2010B"));
        p.add(gemini("GN-2011A-Q-5", "The Crab nebula in K'", "E. Larsen", "2011A"));
        p.add(gemini("GS-2013B-Q-30", "47 Tuc with FLAMINGOS-2", "T. Haddad", "2013B"));
        p.add(gemini("GN-2025B-Q-210", "Deep field follow-up (proprietary)", "N. Ortega", "2025B"));
        p.add(gemini("GS-2025B-Q-105", "NGC 1851 in H band (proprietary)", "N. Ortega", "2025B"));
        for (int k = 1; k < scale; k++) {
            p.add(gemini("GN-2011A-Q-" + (40 + k), "Queue imaging program " + k, "Q. Imager", "2011A"));
        }
        p.add(staff(
                "GN-CAL20101231",
                "GEMINI",
                "Gemini North calibrations 2010-12-31",
                "",
                "Gemini Staff",
                "2010B",
                false));
        p.add(staff("GN-2010B-ENG-1", "GEMINI", "GMOS-N engineering", "", "Gemini Staff", "2010B", true));
        p.add(lco("FTPEPO2014A-003", "Faulkes Telescope Project education", "ft_project", "2015B", List.of("public")));
        p.add(lco("LCOEPO1", "Observations of Stuff in the Sky", "darth.vader@empire.uk", "2016A", List.of()));
        p.add(lco("WhiteFuzzies", "White fuzzies: galaxies for schools", "bilbo", "2016A", List.of()));
        p.add(lco("LCOEPO2", "Observing Mars", "aaron.gwin@fast.com", "2014B", List.of()));
        p.add(lco("LCOTest-001", "Study fun things", "isaac_newton", "2017AB", List.of()));
        p.add(staff(
                "LCOEngineering",
                "LCO",
                "LCO engineering",
                "Telescope and instrument engineering",
                "LCO Staff",
                "2016A",
                true));
        p.add(staff("calibrate", "LCO", "LCO calibrations", "", "LCO Staff", "2015B", false));
        p.add(lco("LCO2025B-014", "Transit timing of WASP-12b", "frodo", "2025B", List.of("private")));
        p.add(science(
                "0102.D-0315(A)",
                "ESO",
                "Abundances of metal-poor stars with UVES",
                "UVES spectra of halo stars",
                "J. Alvarez",
                "P102",
                LocalDate.of(2020, 3, 3),
                false));
        p.add(science(
                "0102.C-0588(B)",
                "ESO",
                "NGC 3201 photometry",
                "FORS2 imaging of NGC 3201",
                "M. Keller",
                "P102",
                LocalDate.of(2020, 3, 4),
                false));
        p.add(science(
                "0116.C-0702(A)",
                "ESO",
                "The Galactic Centre with FORS2",
                "Proprietary monitoring",
                "I. Petrov",
                "P116",
                GeminiPlan.FAR_FUTURE,
                true));
        p.add(new Program(
                "1073",
                "JWST",
                "NIRCam Astrometric Calibration",
                "Commissioning astrometry in the LMC field",
                "Sirianni",
                "Cycle 1",
                false,
                true,
                false,
                true,
                List.of("public"),
                LocalDate.of(2022, 5, 21),
                false));
        p.add(science(
                "4520",
                "JWST",
                "Ultra-deep NIRCam imaging of the HUDF",
                "Exclusive-access deep field",
                "G. Ferreira",
                "Cycle 4",
                GeminiPlan.FAR_FUTURE,
                false));
        return p;
    }

    /** A staff programme, public at once: engineering (internal) or calibrations. */
    private static Program staff(
            String id,
            String collection,
            String title,
            String abstractText,
            String pi,
            String semester,
            boolean engineering) {
        List<String> tags = List.of(engineering ? "internal" : "public");
        return new Program(
                id,
                collection,
                title,
                abstractText,
                pi,
                semester,
                engineering,
                !engineering,
                false,
                true,
                tags,
                null,
                false);
    }

    /**
     * An ESO or JWST science programme released on {@code release} ({@link GeminiPlan#FAR_FUTURE}: still
     * proprietary, tagged private); its metadata may be private as well (docs/access.md).
     */
    private static Program science(
            String id,
            String collection,
            String title,
            String abstractText,
            String pi,
            String semester,
            LocalDate release,
            boolean metadataPrivate) {
        List<String> tags = List.of(release.equals(GeminiPlan.FAR_FUTURE) ? "private" : "public");
        return new Program(
                id,
                collection,
                title,
                abstractText,
                pi,
                semester,
                false,
                false,
                false,
                true,
                tags,
                release,
                metadataPrivate);
    }

    private static Program gemini(String id, String title, String pi, String semester) {
        boolean released = !id.contains("2025");
        return new Program(
                id,
                "GEMINI",
                title,
                "Demo abstract for " + title + ".",
                pi,
                semester,
                false,
                false,
                id.contains("-SV-"),
                true,
                List.of(released ? "public" : "private"),
                null,
                false);
    }

    private static Program lco(String id, String title, String pi, String semester, List<String> tags) {
        return new Program(
                id,
                "LCO",
                title,
                "We want pretty pictures of " + title.toLowerCase() + ".",
                pi,
                semester,
                false,
                false,
                false,
                true,
                tags,
                null,
                false);
    }

    /** Semesters named by the seeds' dates only; the loader extends the list up to the present. */
    static List<Semester> semesters() {
        return List.of(
                sem("2010B", "2010-08-01T00:00:00Z", "2011-01-31T23:59:59Z"),
                sem("2011A", "2011-02-01T00:00:00Z", "2011-07-31T23:59:59Z"),
                sem("2014B", "2014-10-01T00:00:00Z", "2015-03-31T23:59:59Z"),
                sem("2015A", "2015-04-01T00:00:00Z", "2015-09-30T23:59:59Z"),
                sem("2015B", "2015-10-01T00:00:00Z", "2016-03-31T23:59:59Z"),
                sem("2016A", "2016-04-01T00:00:00Z", "2016-09-30T23:59:59Z"),
                sem("2016B", "2016-10-01T00:00:00Z", "2017-03-31T23:59:59Z"),
                sem("2017AB", "2017-04-01T00:00:00Z", "2017-11-30T23:59:59Z"));
    }

    private static Semester sem(String id, String start, String end) {
        return new Semester(id, Instant.parse(start), Instant.parse(end));
    }

    /** The seed's proposal examples, hour for hour. */
    static List<TimeAllocation> allocations() {
        return List.of(
                new TimeAllocation("LCOTest-001", "2017AB", "1m0", "", 25.0, 14.3253, 0, 0, 0.0, 0.0),
                new TimeAllocation("LCOEPO1", "2016A", "1m0", "", 15.0, 4.754, 0, 0, 1.5, 0.75),
                new TimeAllocation("LCOEPO2", "2014B", "1m0", "", 63.0, 21.0, 2.0, 0, 0.0, 0.0),
                new TimeAllocation("WhiteFuzzies", "2016A", "1m0", "", 15.0, 4.754, 0, 0, 1.5, 0.75),
                new TimeAllocation("WhiteFuzzies", "2016B", "1m0", "", 20.0, 3.0, 0, 0, 10.0, 1.0),
                new TimeAllocation("FTPEPO2014A-003", "2015B", "2m0", "", 40.0, 12.5, 0, 0, 2.0, 1.0),
                new TimeAllocation("LCOEngineering", "2016A", "2m0", "", 100.0, 8.0, 0, 0, 0.0, 0.0));
    }

    /** Demo logins; passwords are published in the demo documentation, never real ones. */
    static List<Account> accounts() {
        return List.of(
                new Account("admin", "admin-demo", "admin@meridian.example", "Archive Staff", true, List.of()),
                new Account(
                        "gemini_pi",
                        "gemini-demo",
                        "rivera@gemini.example",
                        "Maria Rivera",
                        false,
                        List.of(new Membership("GN-2010B-Q-22", "PI", -1), new Membership("GN-2025B-Q-210", "CI", -1))),
                new Account(
                        "bilbo",
                        "myprecious",
                        "bilbo@lco.global",
                        "Bilbo Baggins",
                        false,
                        List.of(new Membership("LCOEPO1", "CI", 36000))),
                new Account(
                        "eso_user",
                        "eso-demo",
                        "petrov@eso.example",
                        "Ivan Petrov",
                        false,
                        List.of(new Membership("0116.C-0702(A)", "PI", -1))),
                new Account(
                        "jwst_user",
                        "jwst-demo",
                        "ferreira@stsci.example",
                        "Gabriela Ferreira",
                        false,
                        List.of(new Membership("4520", "PI", -1))));
    }
}
