// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.core.observing.Constraints;
import org.meridian.core.observing.Location;
import org.meridian.core.observing.RequestState;
import org.meridian.core.observing.Window;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;

/** Reads Requests with their location, windows, configurations and instrument configs (for {@link RequestRepository}). */
final class ObservationRequestRows {
    private static final Location UNKNOWN = Location.of("1m0");

    private ObservationRequestRows() {}

    /** The requests by id (any order); ids with no row are absent. */
    static Map<Long, ObservationRequest> load(Connection c, List<Long> ids) throws SQLException {
        Map<Long, ObservationRequest> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        Map<Long, Location> locations = new HashMap<>();
        Rows.each(
                c,
                SqlFragment.of(
                        "select request_id, telescope_class, site, observatory, telescope from location"
                                + " where request_id = any(?::bigint[])",
                        ids),
                r -> locations.put(
                        r.getLong(1), new Location(r.getString(2), r.getString(3), r.getString(4), r.getString(5))));
        Map<Long, List<Window>> windows = new HashMap<>();
        Rows.each(
                c,
                SqlFragment.of(
                        "select request_id, start, \"end\" from \"window\" where request_id = any(?::bigint[])"
                                + " order by request_id, id",
                        ids),
                r -> windows.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new Window(
                                r.getTimestamp(2).toInstant(), r.getTimestamp(3).toInstant())));
        Map<Long, List<Configuration>> configurations = configurations(c, ids);
        Rows.each(
                c,
                SqlFragment.of(
                        "select id, observation_note, state, acceptability_threshold, duration_secs,"
                                + " configuration_repeats, optimization_type, fail_count, scheduled_count, created,"
                                + " modified, completed from request where id = any(?::bigint[])",
                        ids),
                r -> {
                    long id = r.getLong(1);
                    out.put(
                            id,
                            new ObservationRequest(
                                    id,
                                    locations.getOrDefault(id, UNKNOWN),
                                    windows.getOrDefault(id, List.of()),
                                    configurations.get(id),
                                    r.getInt(6),
                                    r.getString(7),
                                    r.getDouble(4),
                                    r.getString(2),
                                    RequestState.valueOf(r.getString(3)),
                                    r.getLong(5),
                                    new ObservationRequest.Progress(
                                            r.getInt(8),
                                            r.getInt(9),
                                            instant(r.getTimestamp(10)),
                                            instant(r.getTimestamp(11)),
                                            instant(r.getTimestamp(12)))));
                });
        return out;
    }

    private static Map<Long, List<Configuration>> configurations(Connection c, List<Long> requestIds)
            throws SQLException {
        Map<Long, List<InstrumentConfig>> ics = new HashMap<>();
        Rows.each(
                c,
                SqlFragment.of(
                        "select i.configuration_id, i.exposure_count, i.exposure_time, i.mode, i.rotator_mode,"
                                + " i.bin_x, i.bin_y, i.optical_elements::text, i.extra_params::text,"
                                + " i.molecule_fields::text from instrument_config i join configuration k"
                                + " on k.id = i.configuration_id where k.request_id = any(?::bigint[])"
                                + " order by i.configuration_id, i.position",
                        requestIds),
                r -> ics.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new InstrumentConfig(
                                r.getInt(2),
                                r.getDouble(3),
                                r.getString(4),
                                r.getString(5),
                                (Integer) r.getObject(6),
                                (Integer) r.getObject(7),
                                JsonColumns.read(r.getString(8)),
                                JsonColumns.read(r.getString(9)),
                                JsonColumns.read(r.getString(10)))));
        Map<Long, List<Configuration>> out = new HashMap<>();
        Rows.each(
                c,
                SqlFragment.of(
                        "select request_id, id, type, instrument_type, priority, target_type, target_name, ra, dec,"
                                + " target::text, max_airmass, min_lunar_distance, max_lunar_phase, max_seeing,"
                                + " min_transparency, acquisition_mode, acquisition_exposure_time, acquisition::text,"
                                + " guiding_mode, guiding::text, repeat_duration, extra_params::text"
                                + " from configuration where request_id = any(?::bigint[]) order by request_id, position",
                        requestIds),
                r -> out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new Configuration(
                                r.getString(3),
                                r.getString(4),
                                r.getInt(5),
                                target(r),
                                new Constraints(
                                        r.getDouble(11),
                                        r.getDouble(12),
                                        (Double) r.getObject(13),
                                        (Double) r.getObject(14),
                                        (Double) r.getObject(15)),
                                ics.get(r.getLong(2)),
                                new AcquisitionConfig(
                                        r.getString(16), (Double) r.getObject(17), JsonColumns.read(r.getString(18))),
                                new GuidingConfig(r.getString(19), JsonColumns.read(r.getString(20))),
                                (Double) r.getObject(21),
                                JsonColumns.read(r.getString(22)))));
        return out;
    }

    private static TargetSpec target(ResultSet r) throws SQLException {
        String kind = r.getString(6);
        String name = r.getString(7);
        Map<String, Object> fields = JsonColumns.read(r.getString(10));
        return switch (kind) {
            case "ICRS" -> new TargetSpec.Icrs(name, r.getDouble(8), r.getDouble(9), fields);
            case "ORBITAL_ELEMENTS" -> new TargetSpec.OrbitalElements(name, fields);
            default -> new TargetSpec.Other(kind, name, fields);
        };
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
