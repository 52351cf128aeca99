// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

import java.time.Instant;

/**
 * One stored version of a file, with what access control needs to decide who may read it.
 *
 * @param name the dataset name (no {@code .bz2}/{@code .gz})
 * @param filename the name as stored
 * @param compression {@code bzip2}, {@code gzip}, {@code fpack} or null
 */
public record StoredFile(
        long versionId,
        long observationRowId,
        String name,
        String filename,
        String storageKey,
        String compression,
        long fileSize,
        long dataSize,
        String fileMd5,
        String dataMd5,
        Instant lastmod,
        boolean present,
        boolean canonical,
        Access.ObservationAccessFacts access) {}
