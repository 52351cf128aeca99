// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.web.DjangoTime;

/**
 * A frame as the archive's JSON (the seed's example frame and the archive's {@code Frame.as_dict}): the current
 * field names, then the legacy upper-case duplicates, with DRF's formats.
 */
public record FrameJson(Downloads downloads) {

    public Map<String, Object> of(FrameRow f, boolean includeRelated) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("basename", f.basename());
        m.put("observation_date", DjangoTime.format(f.observationDate()));
        m.put("observation_day", day(f.observationDay()));
        m.put("proposal_id", f.proposalId());
        m.put("instrument_id", f.instrumentId());
        m.put("target_name", f.targetName());
        m.put("reduction_level", f.reductionLevel());
        m.put("site_id", f.siteId());
        m.put("telescope_id", f.telescopeId());
        m.put("exposure_time", f.exposureTime());
        m.put("primary_optical_element", f.primaryOpticalElement());
        m.put("public_date", DjangoTime.format(f.publicDate()));
        m.put("configuration_type", f.configurationType());
        m.put("observation_id", integerOrText(f.observationId()));
        m.put("request_id", f.requestId());
        List<Map<String, Object>> versions = new ArrayList<>();
        for (FrameRow.Version v : f.versions()) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("id", v.id());
            vm.put("created", DjangoTime.format(v.created()));
            vm.put("key", v.key());
            vm.put("md5", v.md5());
            vm.put("extension", v.extension());
            vm.put("url", downloads.url(v.id()));
            versions.add(vm);
        }
        m.put("version_set", versions);
        FrameRow.Version latest = f.versions().isEmpty() ? null : f.versions().getFirst();
        m.put("url", latest == null ? null : downloads.url(latest.id()));
        m.put("filename", latest == null ? null : f.basename() + latest.extension());
        if (f.area() != null && f.area().length >= 6) {
            m.put("area", geoJson(f.area()));
        }
        if (includeRelated) {
            m.put("related_frames", f.relatedFrames());
        }
        m.put("DATE_OBS", DjangoTime.format(f.observationDate()));
        m.put("DAY_OBS", day(f.observationDay()));
        m.put("PROPID", f.proposalId());
        m.put("INSTRUME", f.instrumentId());
        m.put("OBJECT", f.targetName());
        m.put("SITEID", f.siteId());
        m.put("TELID", f.telescopeId());
        m.put(
                "EXPTIME",
                f.exposureTime() == null ? null : String.format(java.util.Locale.ROOT, "%.3f", f.exposureTime()));
        m.put("FILTER", f.primaryOpticalElement());
        m.put("L1PUBDAT", DjangoTime.format(f.publicDate()));
        m.put("OBSTYPE", f.configurationType());
        m.put("BLKUID", integerOrText(f.observationId()));
        m.put("REQNUM", f.requestId());
        m.put("RLEVEL", f.reductionLevel());
        return m;
    }

    /** The footprint as a closed GeoJSON polygon with RA as longitude. */
    static Map<String, Object> geoJson(double[] flat) {
        List<List<Double>> ring = new ArrayList<>();
        for (int i = 0; i + 1 < flat.length; i += 2) {
            ring.add(List.of(flat[i], flat[i + 1]));
        }
        if (!ring.getFirst().equals(ring.getLast())) {
            ring.add(ring.getFirst());
        }
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("type", "Polygon");
        area.put("coordinates", List.of(ring));
        return area;
    }

    /** BLKUID is an integer in the archive; the core stores observation ids as text. */
    private static Object integerOrText(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** Makes the signed download URL of a version for the current caller. */
    @FunctionalInterface
    public interface Downloads {
        String url(long versionId);
    }
}
