// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code uws_job}/{@code uws_input}/{@code uws_result} rows into {@link Job}s and parameters to
 * and from JSON.
 */
final class JobRows {

    /** The columns {@link #job} reads; alias {@code j} for uws_job, {@code a} for account. */
    static final String COLUMNS = "j.id, j.job_type, j.owner_id, a.username, j.run_id, j.phase, j.creation_time,"
            + " j.start_time, j.end_time, j.execution_duration, j.destruction_time, j.quote,"
            + " j.parameters::text, j.error_summary, j.error_type,"
            + " (select coalesce(jsonb_object_agg(i.name, i.storage_key), '{}') from uws_input i"
            + " where i.job_id = j.id)::text";

    static final String FROM = " from uws_job j left join account a on a.id = j.owner_id";

    private static final ObjectMapper JSON = new ObjectMapper();

    private JobRows() {}

    static Job job(ResultSet r, List<JobResult> results) throws SQLException {
        long owner = r.getLong(3);
        Long ownerId = r.wasNull() ? null : owner;
        String errorMessage = r.getString(14);
        String errorType = r.getString(15);
        return new Job(
                r.getString(1),
                r.getString(2),
                ownerId,
                r.getString(4),
                r.getString(5),
                Phase.valueOf(r.getString(6)),
                instant(r, 7),
                instant(r, 8),
                instant(r, 9),
                Duration.ofSeconds(r.getLong(10)),
                instant(r, 11),
                instant(r, 12),
                parameters(r.getString(13)),
                parameters(r.getString(16)),
                results,
                errorMessage == null
                        ? null
                        : new ErrorSummary(
                                errorMessage,
                                ErrorSummary.Type.valueOf(
                                        errorType == null ? "FATAL" : errorType.toUpperCase(Locale.ROOT))));
    }

    static List<JobResult> results(Connection c, String jobId) throws SQLException {
        List<JobResult> results = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select name, storage_key, mime_type, size from uws_result where job_id = ? order by name")) {
            s.setString(1, jobId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    results.add(new JobResult(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
                }
            }
        }
        return results;
    }

    static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Timestamp timestamp(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    static String json(Map<String, String> parameters) {
        try {
            return JSON.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode job parameters", e);
        }
    }

    static Map<String, String> parameters(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable job parameters: " + json, e);
        }
    }
}
