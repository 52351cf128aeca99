// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.meridian.core.archive.CollectionPolicy.Listing;
import org.meridian.core.auth.Caller;
import org.meridian.store.SqlFragment;

/**
 * The one place that decides who may see what (docs/architecture.md, "Access"; the decision table is
 * docs/access.md). Dialects AND these predicates into their queries and ask {@link #mayReadFile}
 * before streaming bytes or previews; none writes its own rules, and no rule is written twice.
 *
 * <p>Three decisions per observation, asked by every dialect alike:
 *
 * <ul>
 *   <li><b>bytes</b> (files, cutouts, previews, thumbnails): the data are released, or the caller
 *       is staff, a member of the program, holds a grant of the observation or one of its files,
 *       or is on the instrument's team;
 *   <li><b>listed</b> (the row and its metadata): the bytes are visible, or the collection lists
 *       such proprietary rows to everyone ({@link CollectionPolicy#listing});
 *   <li><b>coordinates</b> (position and object name of a listed row): hidden only while the row's
 *       coordinates are themselves proprietary (Gemini's {@code PROP_MD}) and the bytes are not visible.
 * </ul>
 *
 * "Released" means the release time has passed (or there is none), or the data are engineering
 * data of a collection that publishes those at once.
 */
public final class Access {

    private Access() {}

    /**
     * A parameterless SQL condition on {@code observation} (aliased {@code o}) that is true when the
     * bytes are public to everyone. Dialects label rows with it (MAST {@code dataRights}, LCO's
     * {@code public} filter) instead of restating it.
     */
    public static String released(String o) {
        String engineering = CollectionPolicy.publishingEngineeringAtOnce().isEmpty()
                ? ""
                : " or (" + o + ".engineering and " + o + ".collection in "
                        + literals(CollectionPolicy.publishingEngineeringAtOnce()) + ")";
        return "(" + o + ".release is null or " + o + ".release <= now()" + engineering + ")";
    }

    /**
     * Rows of {@code observation} (aliased {@code o}) whose bytes and previews the caller may read.
     *
     * @param o the SQL alias of the observation table (or of a view exposing its columns) in the caller's query
     */
    public static SqlFragment bytesVisible(Caller caller, String o) {
        if (caller.staff()) {
            return SqlFragment.TRUE;
        }
        SqlFragment rule = SqlFragment.of(released(o));
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
     * Rows of {@code observation} (aliased {@code o}) the caller may see listed: every search, count,
     * histogram, bundle README and name lookup asks this.
     */
    public static SqlFragment listed(Caller caller, String o) {
        if (caller.staff()) {
            return SqlFragment.TRUE;
        }
        return SqlFragment.of(listedWhileProprietary(o)).or(bytesVisible(caller, o));
    }

    /** Rows every caller sees listed even before their release, by their collection's policy. */
    private static String listedWhileProprietary(String o) {
        List<String> all = CollectionPolicy.listing(Listing.ALL);
        List<String> raw = CollectionPolicy.listing(Listing.RAW_UNLESS_PROGRAM_PRIVATE);
        String rule = all.isEmpty() ? "false" : o + ".collection in " + literals(all);
        if (!raw.isEmpty()) {
            // An uncorrelated array, computed once per query: a correlated NOT EXISTS made PostgreSQL
            // cost every row as a subplan (estimates ~300x too high: JIT, and no parallel scans).
            rule += " or (" + o + ".collection in " + literals(raw) + " and " + o + ".reduction_level = 0"
                    + " and coalesce(" + o
                    + ".program_id, '') <> all (coalesce((select array_agg(mp.id) from program mp"
                    + " where mp.metadata_private), '{}')))";
        }
        return "(" + rule + ")";
    }

    /**
     * Listed rows whose coordinates and object name the caller may see: the bytes are visible, or
     * the coordinates were never proprietary (Gemini lists proprietary files, with coordinates masked
     * only when {@code PROP_MD} said so).
     */
    public static SqlFragment coordinatesVisible(Caller caller, String o) {
        return SqlFragment.of("not " + o + ".proprietary_coordinates").or(bytesVisible(caller, o));
    }

    /** The columns of {@code observation} that tell where a row points, masked together. */
    private static final List<String> LOCATING_COLUMNS = List.of(
            "ra", "dec", "object", "footprint", "fp_ra", "fp_dec", "fp_radius", "airmass", "azimuth", "elevation");

    /**
     * Joins to each row of {@code o} (an {@code observation}) its position as the caller may see
     * it: {@code alias.ra}, {@code .dec}, {@code .object}, {@code .footprint}, {@code .fp_ra},
     * {@code .fp_dec}, {@code .fp_radius}, {@code .airmass}, {@code .azimuth} and {@code .elevation},
     * null where {@link #coordinatesVisible} says no. Dialects that write SQL over
     * {@code observation} (MAST) read and match positions through it, so a proprietary pointing is
     * neither shown nor found by a cone.
     */
    public static SqlFragment located(Caller caller, String o, String alias) {
        SqlFragment shown = coordinatesVisible(caller, o);
        String flag = alias + "_shown";
        String columns = LOCATING_COLUMNS.stream()
                .map(c -> "case when " + flag + ".shown then " + o + "." + c + " end as " + c)
                .collect(java.util.stream.Collectors.joining(", "));
        return new SqlFragment(
                " cross join lateral (select " + shown.sql() + " as shown) " + flag + " cross join lateral (select "
                        + columns + ") " + alias,
                shown.params());
    }

    /**
     * Rows whose coordinates are public to everyone. Gemini's positional searches match only these,
     * even for the data's owner, so that a search by position cannot reveal a proprietary pointing.
     */
    public static String coordinatesPublic(String o) {
        return "(not " + o + ".proprietary_coordinates or " + released(o) + ")";
    }

    /**
     * Rows of the caller's own programs (LCO's {@code public=false} narrows a member's listing to
     * these); false for callers without programs.
     */
    public static SqlFragment ownPrograms(Caller caller, String o) {
        return caller.programs().isEmpty()
                ? SqlFragment.of("false")
                : SqlFragment.of(o + ".program_id = any(?)", caller.programs());
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

    /**
     * Observing requests (LCO portal) the caller may see: staff, the proposal's members, and
     * everyone for proposals tagged {@code public}.
     *
     * @param proposalId SQL expression for the request's proposal ID
     */
    public static SqlFragment requestsVisible(Caller caller, String proposalId) {
        if (caller.staff()) {
            return SqlFragment.TRUE;
        }
        SqlFragment open = SqlFragment.of(
                "exists (select 1 from program rp where rp.id = " + proposalId + " and 'public' = any(rp.tags))");
        return caller.programs().isEmpty()
                ? open
                : SqlFragment.of(proposalId + " = any(?)", caller.programs()).or(open);
    }

    /**
     * Whether the caller may act for a program: see its proposal details, submit and cancel its
     * observing requests (LCO portal). Staff and the program's members only; grants open data, not programs.
     */
    public static boolean mayActFor(Caller caller, String programId) {
        return caller.staff() || caller.programs().contains(programId);
    }

    /** The programs the caller may act for ({@link #mayActFor}), as SQL over a program ID expression. */
    public static SqlFragment actsFor(Caller caller, String programId) {
        return caller.staff() ? SqlFragment.TRUE : SqlFragment.of(programId + " = any(?)", caller.programs());
    }

    /** Whether the caller may read the bytes (or a preview) of a file belonging to this observation. */
    public static boolean mayReadFile(Caller caller, ObservationAccessFacts facts, Instant now) {
        return caller.staff()
                || released(facts, now)
                || (facts.programId() != null && caller.programs().contains(facts.programId()))
                || (facts.observationId() != null && caller.observationGrants().contains(facts.observationId()))
                || caller.fileGrants().contains(facts.fileName())
                || (caller.instrumentTeam() != null && caller.instrumentTeam().equals(facts.instrument()));
    }

    /** Whether a file's bytes are public to everyone: {@link #released(String)} for one loaded row. */
    public static boolean released(ObservationAccessFacts facts, Instant now) {
        return facts.release() == null
                || !facts.release().isAfter(now)
                || (facts.engineering()
                        && CollectionPolicy.of(facts.collection()).engineeringPublic());
    }

    /** The facts about one file that {@link #mayReadFile} needs, as loaded with the file. */
    public record ObservationAccessFacts(
            String fileName,
            String collection,
            String programId,
            String observationId,
            String instrument,
            boolean engineering,
            Instant release) {}

    /** Collection names are constants of {@link CollectionPolicy}, never user input. */
    private static String literals(List<String> names) {
        return names.stream().map(n -> "'" + n.replace("'", "''") + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * The Gaia TAP+ user tables (rows of {@code tapplus_user_table} aliased {@code t}) the caller may
     * see and query (docs/access.md, "User tables"): their own, and those shared with a group they own
     * or belong to. Nobody else's, and none to anonymous callers; staff have no more rights here than
     * anyone, since user tables are private working space, not archive data.
     */
    public static SqlFragment userTableVisible(Caller caller, String t) {
        if (caller.isAnonymous()) {
            return SqlFragment.of("false");
        }
        long me = caller.accountId();
        return SqlFragment.of(
                "(" + t + ".account_id = ? or " + t + ".id in (select i.table_id from tapplus_shared_item i"
                        + " join tapplus_shared_to st on st.item_id = i.id join tapplus_group g on g.id = st.group_id"
                        + " where g.owner_id = ? or g.id in (select gm.group_id from tapplus_group_member gm"
                        + " where gm.account_id = ?)))",
                me,
                me,
                me);
    }
}
