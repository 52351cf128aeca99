// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What a header mapper may ask the archive while mapping a file. */
public interface IngestContext {

    /** The tags of a program as the observing portal holds them (e.g. {@code public}, {@code private}); empty if unknown. */
    Set<String> programTags(String programId);

    /**
     * When a program's data become public, for facilities whose files carry no release date (ESO
     * proprietary periods and JWST exclusive access are set per program); empty if not recorded.
     */
    default Optional<Instant> programRelease(String programId) {
        return Optional.empty();
    }
}
