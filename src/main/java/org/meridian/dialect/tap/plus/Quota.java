// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

/**
 * What one account may keep in its user space (docs/operations.md, "TAP+ user space").
 *
 * @param tables how many tables
 * @param bytes their total size as PostgreSQL counts it (table, indexes, TOAST)
 * @param rows their total number of rows
 */
public record Quota(int tables, long bytes, long rows) {

    /** 100 tables, 2 GiB, 20 million rows per account. */
    public static final Quota DEFAULT = new Quota(100, 2L << 30, 20_000_000L);
}
