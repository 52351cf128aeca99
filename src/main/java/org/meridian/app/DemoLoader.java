// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meridian.demo.DemoManifest;
import org.meridian.store.Database;

/**
 * Puts a demo manifest's programs, semesters, time allocations and accounts into the archive. The
 * files and catalogs are loaded by the ordinary ingest and catalog import (see {@code DemoCommand}).
 */
public record DemoLoader(Database db) {

    static final String STATE_KEY = "demo.loaded";

    /** The manifest fingerprint recorded by the last complete load, if any. */
    public Optional<String> loaded() throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select value from archive_state where key = ?")) {
            s.setString(1, STATE_KEY);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    public void markLoaded(String fingerprint) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("insert into archive_state (key, value) values (?, ?)"
                        + " on conflict (key) do update set value = excluded.value, updated = now()")) {
            s.setString(1, STATE_KEY);
            s.setString(2, fingerprint);
            s.executeUpdate();
        }
    }

    /** Programs, semesters (extended through {@code until}), allocations and accounts, in one transaction. */
    public void loadMetadata(DemoManifest manifest, LocalDate until) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                for (DemoManifest.Program p : manifest.programs()) {
                    upsertProgram(c, p);
                }
                for (DemoManifest.Semester s : semesters(manifest, until)) {
                    insertSemester(c, s);
                }
                for (DemoManifest.TimeAllocation t : allocations(manifest, until)) {
                    upsertAllocation(c, t);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        DemoAccounts.create(new org.meridian.core.auth.Accounts(db), manifest.accounts());
    }

    /** The manifest's semesters, continued without gaps through the one containing {@code until}. */
    static List<DemoManifest.Semester> semesters(DemoManifest manifest, LocalDate until) {
        List<DemoManifest.Semester> all = new ArrayList<>(manifest.semesters());
        manifest.semesters().stream()
                .map(DemoManifest.Semester::end)
                .max(Instant::compareTo)
                .ifPresent(last -> all.addAll(Semesters.continuing(last, until)));
        return all;
    }

    /**
     * The manifest's allocations, plus, for every active program, its latest allocation repeated in
     * each semester from today's through {@code until}: the demo's proposals can observe at once.
     */
    static List<DemoManifest.TimeAllocation> allocations(DemoManifest manifest, LocalDate until) {
        List<DemoManifest.TimeAllocation> all = new ArrayList<>(manifest.timeAllocations());
        List<String> active = manifest.programs().stream()
                .filter(DemoManifest.Program::active)
                .map(DemoManifest.Program::id)
                .toList();
        Instant today = until.minusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<DemoManifest.Semester> current = semesters(manifest, until).stream()
                .filter(s -> s.end().isAfter(today))
                .toList();
        for (String program : active) {
            manifest.timeAllocations().stream()
                    .filter(t -> t.programId().equals(program))
                    .max(java.util.Comparator.comparing(DemoManifest.TimeAllocation::semesterId))
                    .ifPresent(latest -> current.forEach(s -> all.add(new DemoManifest.TimeAllocation(
                            program,
                            s.id(),
                            latest.telescopeClass(),
                            latest.instrumentType(),
                            latest.stdAllocation(),
                            0,
                            latest.tooAllocation(),
                            0,
                            latest.ippLimit(),
                            latest.ippLimit()))));
        }
        return all;
    }

    private static void upsertProgram(Connection c, DemoManifest.Program p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into program (id, collection, title, abstract, pi_name, semester, engineering, calibration,
                                     science_verification, active, tags, release_date, metadata_private)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set collection = excluded.collection, title = excluded.title,
                  abstract = excluded.abstract, pi_name = excluded.pi_name, semester = excluded.semester,
                  engineering = excluded.engineering, calibration = excluded.calibration,
                  science_verification = excluded.science_verification, active = excluded.active,
                  tags = excluded.tags, release_date = excluded.release_date,
                  metadata_private = excluded.metadata_private""")) {
            s.setString(1, p.id());
            s.setString(2, p.collection());
            s.setString(3, p.title());
            s.setString(4, p.abstractText());
            s.setString(5, p.piName());
            s.setString(6, p.semester());
            s.setBoolean(7, p.engineering());
            s.setBoolean(8, p.calibration());
            s.setBoolean(9, p.scienceVerification());
            s.setBoolean(10, p.active());
            s.setArray(11, c.createArrayOf("text", p.tags().toArray()));
            s.setTimestamp(
                    12,
                    p.releaseDate() == null
                            ? null
                            : Timestamp.from(
                                    p.releaseDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
            s.setBoolean(13, p.metadataPrivate());
            s.executeUpdate();
        }
    }

    private static void insertSemester(Connection c, DemoManifest.Semester semester) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "insert into semester (id, start, \"end\") values (?, ?, ?) on conflict (id) do nothing")) {
            s.setString(1, semester.id());
            s.setTimestamp(2, Timestamp.from(semester.start()));
            s.setTimestamp(3, Timestamp.from(semester.end()));
            s.executeUpdate();
        }
    }

    private static void upsertAllocation(Connection c, DemoManifest.TimeAllocation t) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into time_allocation (program_id, semester_id, telescope_class, instrument_type,
                    std_allocation, std_time_used, tc_allocation, tc_time_used, ipp_limit, ipp_time_available)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (program_id, semester_id, telescope_class, instrument_type) do update set
                  std_allocation = excluded.std_allocation, std_time_used = excluded.std_time_used,
                  tc_allocation = excluded.tc_allocation, tc_time_used = excluded.tc_time_used,
                  ipp_limit = excluded.ipp_limit, ipp_time_available = excluded.ipp_time_available""")) {
            s.setString(1, t.programId());
            s.setString(2, t.semesterId());
            s.setString(3, t.telescopeClass());
            s.setString(4, t.instrumentType() == null ? "" : t.instrumentType());
            s.setDouble(5, t.stdAllocation());
            s.setDouble(6, t.stdTimeUsed());
            s.setDouble(7, t.tooAllocation());
            s.setDouble(8, t.tooTimeUsed());
            s.setDouble(9, t.ippLimit());
            s.setDouble(10, t.ippTimeAvailable());
            s.executeUpdate();
        }
    }
}
