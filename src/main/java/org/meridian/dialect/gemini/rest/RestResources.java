// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.rest;

import static org.meridian.dialect.gemini.rest.RestField.bool;
import static org.meridian.dialect.gemini.rest.RestField.integer;
import static org.meridian.dialect.gemini.rest.RestField.number;
import static org.meridian.dialect.gemini.rest.RestField.text;
import static org.meridian.dialect.gemini.rest.RestField.time;

import java.util.ArrayList;
import java.util.List;

/** The REST resources as mappings of the core tables (docs/design.md rule 2): headers, files, programs, gmos. */
final class RestResources {

    /** One resource: its tables, a fixed condition, its fields and its default ordering. */
    record Resource(
            String name,
            String from,
            String condition,
            boolean observationRows,
            List<RestField> fields,
            String defaultOrder) {}

    private static final String OBSERVATION_FROM = "observation o join file f on f.observation_id = o.id"
            + " join file_version v on v.file_id = f.id and v.canonical left join program p on p.id = o.program_id";

    private RestResources() {}

    static List<Resource> all() {
        return List.of(headers(), files(), programs(), gmos());
    }

    static Resource headers() {
        return new Resource(
                "headers", OBSERVATION_FROM, "o.collection = 'GEMINI'", true, headerFields(), "o.ut_start desc, v.id");
    }

    static Resource gmos() {
        List<RestField> fields = new ArrayList<>(headerFields());
        fields.add(text("gain_setting", "o.detector_gain_setting"));
        fields.add(text("read_speed_setting", "o.detector_readspeed_setting"));
        fields.add(text("detector_roi_setting", "o.detector_roi_setting"));
        fields.add(text("grating", "o.disperser"));
        fields.add(number("grating_central_wavelength", "o.central_wavelength * 1000"));
        fields.add(text("types", "array_to_string(o.types, ',')"));
        return new Resource(
                "gmos",
                OBSERVATION_FROM,
                "o.collection = 'GEMINI' and o.instrument like 'GMOS%'",
                true,
                fields,
                "o.ut_start desc, v.id");
    }

    static Resource files() {
        return new Resource(
                "files",
                "file_version v join file f on f.id = v.file_id join observation o on o.id = f.observation_id",
                "o.collection = 'GEMINI'",
                true,
                List.of(
                        integer("id", "v.id"),
                        text("name", "f.name"),
                        text("filename", "v.filename"),
                        text("path", "v.path"),
                        bool("compressed", "v.compressed is not null"),
                        integer("file_size", "v.file_size"),
                        integer("data_size", "v.data_size"),
                        text("file_md5", "v.file_md5"),
                        text("data_md5", "v.data_md5"),
                        time("lastmod", "v.lastmod"),
                        time("entrytime", "v.entrytime"),
                        bool("present", "v.present"),
                        bool("canonical", "v.canonical"),
                        text("data_label", "o.data_label")),
                "v.id");
    }

    static Resource programs() {
        return new Resource(
                "programs",
                "program p",
                "p.collection = 'GEMINI'",
                false,
                List.of(
                        text("program_id", "p.id"),
                        text("title", "p.title"),
                        text("abstract", "p.abstract"),
                        text("pi_name", "p.pi_name"),
                        text("co_investigators", "p.co_investigators"),
                        text("semester", "p.semester"),
                        bool("engineering", "p.engineering"),
                        bool("calibration", "p.calibration"),
                        bool("science_verification", "p.science_verification")),
                "p.id");
    }

    private static List<RestField> headerFields() {
        return List.of(
                integer("id", "v.id"),
                text("filename", "v.filename"),
                text("data_label", "o.data_label"),
                text("observation_id", "o.observation_id"),
                text("telescope", "o.telescope"),
                text("instrument", "o.instrument"),
                time("ut_datetime", "o.ut_start"),
                text("observation_type", "o.observation_type"),
                text("observation_class", "o.observation_class"),
                text("object", "o.object").masked(),
                number("ra", "o.ra").masked(),
                number("dec", "o.dec").masked(),
                number("azimuth", "o.azimuth").masked(),
                number("elevation", "o.elevation").masked(),
                number("cass_rotator_pa", "o.cass_rotator_pa").masked(),
                number("airmass", "o.airmass").masked(),
                text("filter_name", "o.filter_name"),
                number("exposure_time", "o.exposure_time"),
                text("disperser", "o.disperser"),
                number("central_wavelength", "o.central_wavelength"),
                text("focal_plane_mask", "o.focal_plane_mask"),
                text("detector_binning", "o.detector_binning"),
                text("mode", "o.mode"),
                bool("spectroscopy", "o.spectroscopy"),
                text("qa_state", "o.qa_state"),
                text("reduction", "o.reduction"),
                time("release", "o.release"),
                bool("engineering", "o.engineering"),
                integer("raw_iq", "o.raw_iq"),
                integer("raw_cc", "o.raw_cc"),
                integer("raw_wv", "o.raw_wv"),
                integer("raw_bg", "o.raw_bg"),
                text("program__program_id", "p.id"),
                text("program__title", "p.title"),
                text("program__abstract", "p.abstract"),
                text("program__pi_name", "p.pi_name"),
                text("program__semester", "p.semester"));
    }
}
