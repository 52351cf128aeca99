// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ID forms of the seed's input table: a source_id or a designation ({@code Gaia DR3 N},
 * spaces sent as {@code +} or blanks), comma-separated lists of either (not both), a range {@code a-b}
 * of source ids or of designations, {@code job:<job_id>.<column>} and a user table's column
 * ({@code user_<name>.<table>.<column>}, names as TAP+ makes them: plain lower-case identifiers).
 */
final class IdParser {

    private static final Pattern DESIGNATION = Pattern.compile("(?i)gaia\\s*(dr\\d)\\s*(\\d{1,19})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,19}");
    private static final Pattern JOB = Pattern.compile("(?i)job:([A-Za-z0-9_-]+)\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern USER_TABLE = Pattern.compile("(?i)(user_[^.]+)\\.([^.]+)\\.([^.]+)");
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private IdParser() {}

    /**
     * @param values the ID parameter's values (DataLink allows it repeated; they form one list)
     * @param release the RELEASE parameter, or null
     */
    static SourceSelection parse(List<String> values, String release) throws DataServerException {
        List<String> items = new ArrayList<>();
        for (String v : values) {
            for (String item : v.split(",", -1)) {
                items.add(item.replace('+', ' ').trim());
            }
        }
        items.removeIf(String::isEmpty);
        if (items.isEmpty()) {
            throw DataServerException.badRequest("ID is mandatory: a source_id, a designation, a list or a range"
                    + " of them, or job:<job_id>.<column>");
        }
        Release given = release == null || release.isBlank() ? null : Release.parse(release);
        if (items.size() == 1) {
            String only = items.get(0);
            Matcher job = JOB.matcher(only);
            if (job.matches()) {
                return new SourceSelection.FromJob(orDefault(given), job.group(1), job.group(2));
            }
            if (only.toLowerCase(Locale.ROOT).startsWith("job:")) {
                throw DataServerException.badRequest(
                        "malformed job ID '" + only + "'; expected job:<job_id>.<column_name>");
            }
            Matcher user = USER_TABLE.matcher(only);
            if (user.matches()) {
                for (int g = 1; g <= 3; g++) {
                    if (!PLAIN_NAME.matcher(user.group(g)).matches()) {
                        throw DataServerException.badRequest("malformed user table ID '" + only
                                + "'; expected user_<name>.<table>.<column> in plain lower-case names");
                    }
                }
                return new SourceSelection.FromUserTable(orDefault(given), user.group(1), user.group(2), user.group(3));
            }
            int dash = only.indexOf('-');
            if (dash >= 0) {
                return range(only, dash, given);
            }
        }
        return list(items, given);
    }

    private static SourceSelection range(String text, int dash, Release given) throws DataServerException {
        if (text.indexOf('-', dash + 1) >= 0) {
            throw DataServerException.badRequest("malformed range '" + text + "'; expected first-last");
        }
        Item from = item(text.substring(0, dash).trim());
        Item to = item(text.substring(dash + 1).trim());
        if (from.designated() != to.designated()) {
            throw DataServerException.badRequest(
                    "a range joins two source_ids or two designations, not one of each: '" + text + "'");
        }
        Release release = release(List.of(from, to), given);
        if (from.sourceId() > to.sourceId()) {
            throw DataServerException.badRequest(
                    "empty range '" + text + "': the first source_id is larger than the last");
        }
        return new SourceSelection.Range(release, from.sourceId(), to.sourceId());
    }

    private static SourceSelection list(List<String> texts, Release given) throws DataServerException {
        if (texts.size() > SourceSelection.MAX_SOURCES) {
            throw DataServerException.badRequest(
                    "too many IDs (" + texts.size() + "); at most " + SourceSelection.MAX_SOURCES + " per request");
        }
        List<Item> items = new ArrayList<>(texts.size());
        for (String t : texts) {
            if (t.indexOf('-') >= 0 || t.toLowerCase(Locale.ROOT).startsWith("job:")) {
                throw DataServerException.badRequest(
                        "a list holds source_ids or designations only; '" + t + "' cannot be one of its items");
            }
            items.add(item(t));
        }
        boolean designated = items.get(0).designated();
        for (Item i : items) {
            if (i.designated() != designated) {
                throw DataServerException.badRequest(
                        "a list holds either source_ids or designations, not both (mixed: '" + i.text() + "')");
            }
        }
        Release release = release(items, given);
        long[] ids =
                items.stream().mapToLong(Item::sourceId).sorted().distinct().toArray();
        return new SourceSelection.Listed(release, ids);
    }

    /** One source: its id, and the release its designation names (null for a bare source_id). */
    private record Item(String text, long sourceId, Release named) {
        boolean designated() {
            return named != null;
        }
    }

    /** A source_id or a designation, as a user table's or a job's column may hold it. */
    static long sourceId(String text) throws DataServerException {
        return item(text.trim()).sourceId();
    }

    private static Item item(String text) throws DataServerException {
        Matcher d = DESIGNATION.matcher(text);
        if (d.matches()) {
            Release release = Release.parse("Gaia " + d.group(1));
            return new Item(text, number(d.group(2), text), release);
        }
        if (NUMBER.matcher(text).matches()) {
            return new Item(text, number(text, text), null);
        }
        throw DataServerException.badRequest(
                "malformed ID '" + text + "'; expected a source_id such as 30343944744320 or a designation such as"
                        + " Gaia DR3 30343944744320");
    }

    private static long number(String digits, String text) throws DataServerException {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw DataServerException.badRequest("source_id out of range in '" + text + "'");
        }
    }

    /** The one release the items name; a designation's release must agree with RELEASE when both are given. */
    private static Release release(List<Item> items, Release given) throws DataServerException {
        Release named = null;
        for (Item i : items) {
            if (i.named() == null) {
                continue;
            }
            if (named != null && !named.equals(i.named())) {
                throw DataServerException.badRequest("the IDs name more than one release (" + named.name() + ", "
                        + i.named().name() + "); ask for one release at a time");
            }
            named = i.named();
        }
        if (named != null && given != null && !named.equals(given)) {
            throw DataServerException.badRequest(
                    "RELEASE=" + given.name() + " contradicts the designations, which name " + named.name());
        }
        return named != null ? named : orDefault(given);
    }

    private static Release orDefault(Release given) {
        return given != null ? given : Release.DEFAULT;
    }
}
