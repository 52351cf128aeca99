// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import org.meridian.core.observing.Constraints;
import org.meridian.core.observing.Location;
import org.meridian.core.observing.Window;

/** Writes a new group, its requests, configurations and instrument configs (for {@link RequestRepository}). */
final class GroupRows {
    private GroupRows() {}

    static long insert(Connection c, RequestGroup g) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement(
                "insert into user_request (submitter_id, submitter, proposal_id, group_id, observation_type, operator,"
                        + " ipp_value) values (?, ?, ?, ?, ?, ?, ?) returning id")) {
            s.setObject(1, g.submitter().accountId(), Types.BIGINT);
            s.setString(2, g.submitter().username() == null ? "" : g.submitter().username());
            s.setString(3, g.proposal());
            s.setString(4, g.name());
            s.setString(5, g.observationType().name());
            s.setString(6, g.operator().name());
            s.setDouble(7, g.ippValue());
            id = returnedId(s);
        }
        for (int i = 0; i < g.requests().size(); i++) {
            insertRequest(c, id, i, g.requests().get(i));
        }
        return id;
    }

    private static void insertRequest(Connection c, long groupId, int position, ObservationRequest r)
            throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("insert into request (user_request_id, position,"
                + " observation_note, acceptability_threshold, duration_secs, configuration_repeats,"
                + " optimization_type) values (?, ?, ?, ?, ?, ?, ?) returning id")) {
            s.setLong(1, groupId);
            s.setInt(2, position);
            s.setString(3, r.observationNote());
            s.setDouble(4, r.acceptabilityThreshold());
            s.setLong(5, r.durationSecs());
            s.setInt(6, r.configurationRepeats());
            s.setString(7, r.optimizationType());
            id = returnedId(s);
        }
        Location l = r.location();
        update(
                c,
                "insert into location (request_id, telescope_class, site, observatory, telescope) values (?, ?, ?, ?, ?)",
                id,
                l.telescopeClass(),
                l.site(),
                l.observatory(),
                l.telescope());
        for (Window w : r.windows()) {
            update(
                    c,
                    "insert into \"window\" (request_id, start, \"end\") values (?, ?, ?)",
                    id,
                    Timestamp.from(w.start()),
                    Timestamp.from(w.end()));
        }
        for (int i = 0; i < r.configurations().size(); i++) {
            insertConfiguration(c, id, i, r.configurations().get(i));
        }
    }

    private static void insertConfiguration(Connection c, long requestId, int position, Configuration k)
            throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("insert into configuration (request_id, position, type,"
                + " instrument_type, priority, target_type, target_name, ra, dec, target, max_airmass,"
                + " min_lunar_distance, max_lunar_phase, max_seeing, min_transparency, acquisition_mode,"
                + " acquisition_exposure_time, acquisition, guiding_mode, guiding, repeat_duration, extra_params)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?::jsonb)"
                + " returning id")) {
            Constraints x = k.constraints();
            TargetSpec t = k.target();
            Object[] values = {
                requestId,
                position,
                k.type(),
                k.instrumentType(),
                k.priority(),
                t.kind(),
                t.name(),
                t instanceof TargetSpec.Icrs i ? i.ra() : null,
                t instanceof TargetSpec.Icrs i ? i.dec() : null,
                JsonColumns.write(t.fields()),
                x.maxAirmass(),
                x.minLunarDistance(),
                x.maxLunarPhase(),
                x.maxSeeing(),
                x.minTransparency(),
                k.acquisition().mode(),
                k.acquisition().exposureTime(),
                JsonColumns.write(k.acquisition().fields()),
                k.guiding().mode(),
                JsonColumns.write(k.guiding().fields()),
                k.repeatDuration(),
                JsonColumns.write(k.extraParams())
            };
            bind(s, values);
            id = returnedId(s);
        }
        for (int i = 0; i < k.instrumentConfigs().size(); i++) {
            InstrumentConfig ic = k.instrumentConfigs().get(i);
            update(
                    c,
                    "insert into instrument_config (configuration_id, position, exposure_count, exposure_time, mode,"
                            + " rotator_mode, bin_x, bin_y, optical_elements, extra_params, molecule_fields)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb)",
                    id,
                    i,
                    ic.exposureCount(),
                    ic.exposureTime(),
                    ic.mode(),
                    ic.rotatorMode(),
                    ic.binX(),
                    ic.binY(),
                    JsonColumns.write(ic.opticalElements()),
                    JsonColumns.write(ic.extraParams()),
                    JsonColumns.write(ic.moleculeFields()));
        }
    }

    static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            s.executeUpdate();
        }
    }

    /** Binds values in order; a null is an untyped SQL NULL that takes its column's type. */
    private static void bind(PreparedStatement s, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                s.setNull(i + 1, Types.OTHER);
            } else {
                s.setObject(i + 1, values[i]);
            }
        }
    }

    private static long returnedId(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
