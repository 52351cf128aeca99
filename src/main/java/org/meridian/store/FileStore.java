// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where file bytes live, by key. The local directory store is the default; an S3 store can
 * implement the same interface (docs/design.md "Toward more than one machine").
 */
public interface FileStore {

    /**
     * Stores {@code source}'s bytes under {@code key} atomically: readers see the old bytes or the
     * new ones, never a partial file.
     */
    void put(String key, Path source) throws IOException;

    /** Opens the bytes stored under {@code key}. */
    InputStream open(String key) throws IOException;

    /** Opens {@code length} bytes from {@code offset}, for HTTP Range requests. */
    InputStream open(String key, long offset, long length) throws IOException;

    long size(String key) throws IOException;

    boolean exists(String key);

    void delete(String key) throws IOException;

    /** A stored file: its key and when it was last written. */
    record Stored(String key, java.time.Instant modified) {}

    /** Every stored file, for the collector of unreferenced bytes (docs/operations.md, "Stored files"). */
    java.util.List<Stored> list() throws IOException;
}
