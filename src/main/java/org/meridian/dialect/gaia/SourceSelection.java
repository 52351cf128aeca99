// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

/** The sources a request names, as parsed from its ID values (see {@link IdParser}). */
sealed interface SourceSelection {

    /** At most this many sources per request: lists, ranges and job columns alike. */
    int MAX_SOURCES = 100_000;

    Release release();

    /** Source ids given one by one (or as designations), sorted and without repeats. */
    record Listed(Release release, long[] ids) implements SourceSelection {}

    /** Every source with {@code from <= source_id <= to}. */
    record Range(Release release, long from, long to) implements SourceSelection {}

    /** The ids in a column of one of the caller's finished TAP jobs ({@code job:<id>.<column>}). */
    record FromJob(Release release, String jobId, String column) implements SourceSelection {}

    /**
     * The ids in a column of a Gaia TAP+ user table the caller may read ({@code user_<name>.<table>.<column>}:
     * their own or one shared with them).
     */
    record FromUserTable(Release release, String schema, String table, String column) implements SourceSelection {}
}
