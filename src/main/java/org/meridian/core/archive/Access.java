// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

import java.time.Instant;
import org.meridian.core.auth.Caller;
import org.meridian.store.SqlFragment;

/**
 * The one place that decides who may see what (DESIGN.md rule 3). Dialects AND these predicates into
 * their queries and call {@link #mayReadFile} before streaming bytes; none writes its own rules.
 *
 * <p>A caller may see an observation's data when any of these holds (the Gemini archive's rules,
 * which subsume LCO's, ESO's and MAST's): it is engineering data; the caller is staff; the release
 * time has passed (or there is none); the caller is a member of its program; the observation ID or
 * one of its files was granted to the caller; the caller is on the instrument's team.
 */
public final class Access {

    private Access() {}

    /**
     * Rows of {@code observation} (aliased {@code o}) whose data the caller may see.
     *
     * @param o the SQL alias of the observation table in the caller's query
     */
    public static SqlFragment dataVisible(Caller caller, String o) {
        if (caller.staff()) {
            return SqlFragment.TRUE;
        }
        SqlFragment rule =
                SqlFragment.of(o + ".engineering or " + o + ".release is null or " + o + ".release <= now()");
        if (!caller.programs().isEmpty()) {
            rule = rule.or(SqlFragment.of(o + ".program_id = any(?)", caller.programs()));
        }
        if (!caller.observationGrants().isEmpty()) {
            rule = rule.or(SqlFragment.of(o + ".observation_id = any(?)", caller.observationGrants()));
        }
        if (!caller.fileGrants().isEmpty()) {
            rule = rule.or(SqlFragment.of(
                    "exists (select 1 from file g where g.observation_id = " + o + ".id and g.name = any(?))",
                    caller.fileGrants()));
        }
        if (caller.instrumentTeam() != null) {
            rule = rule.or(SqlFragment.of(o + ".instrument = ?", caller.instrumentTeam()));
        }
        return rule;
    }

    /**
     * A parameterless SQL condition on {@code observation} (aliased {@code o}) that is true when the
     * data are public to everyone: engineering data, or the release time has passed (or there is none).
     * Dialects label rows with it (MAST dataRights, LCO's {@code public} filter) instead of restating it.
     */
    public static String publiclyReleased(String o) {
        return "(" + o + ".engineering or " + o + ".release is null or " + o + ".release <= now())";
    }

    /**
     * Rows whose coordinates and object name the caller may see: the data are visible, or the
     * coordinates were never proprietary (Gemini lists proprietary files, with coordinates masked
     * only when {@code PROP_MD} said so).
     */
    public static SqlFragment coordinatesVisible(Caller caller, String o) {
        return SqlFragment.of("not " + o + ".proprietary_coordinates").or(dataVisible(caller, o));
    }

    /**
     * Night logs (e.g. Gemini obslogs, one per program and UT date) the caller may read: staff, the
     * program's members, a grant of the log's file, or, for everyone, once every canonical
     * observation of that program on that UT date is released (a log with no such data, or none
     * with a release date, is public). The log tells what the program did that night, so it stays
     * private exactly as long as the last of those data.
     *
     * @param programId SQL expression for the log's program ID
     * @param utDate SQL expression for the log's UT date ({@code date})
     * @param fileName SQL expression for the log's file name
     */
    public static SqlFragment nightLogVisible(Caller caller, String programId, String utDate, String fileName) {
        if (caller.staff()) {
            return SqlFragment.TRUE;
        }
        SqlFragment rule = SqlFragment.of("coalesce((select max(x.release) <= now() from observation x"
                + " where x.program_id = " + programId
                + " and x.ut_start >= " + utDate + "::timestamp at time zone 'UTC'"
                + " and x.ut_start < (" + utDate + " + 1)::timestamp at time zone 'UTC'"
                + " and exists (select 1 from file xf join file_version xv on xv.file_id = xf.id"
                + " where xf.observation_id = x.id and xv.canonical)), true)");
        if (!caller.programs().isEmpty()) {
            rule = rule.or(SqlFragment.of(programId + " = any(?)", caller.programs()));
        }
        if (!caller.fileGrants().isEmpty()) {
            rule = rule.or(SqlFragment.of(fileName + " = any(?)", caller.fileGrants()));
        }
        return rule;
    }

    /** Whether the caller may read the bytes of a file belonging to this observation. */
    public static boolean mayReadFile(Caller caller, ObservationAccessFacts facts, Instant now) {
        return caller.staff()
                || facts.engineering()
                || facts.release() == null
                || !facts.release().isAfter(now)
                || (facts.programId() != null && caller.programs().contains(facts.programId()))
                || (facts.observationId() != null && caller.observationGrants().contains(facts.observationId()))
                || caller.fileGrants().contains(facts.fileName())
                || (caller.instrumentTeam() != null && caller.instrumentTeam().equals(facts.instrument()));
    }

    /** The facts about one file that {@link #mayReadFile} needs, as loaded with the file. */
    public record ObservationAccessFacts(
            String fileName,
            String programId,
            String observationId,
            String instrument,
            boolean engineering,
            Instant release) {}
}
