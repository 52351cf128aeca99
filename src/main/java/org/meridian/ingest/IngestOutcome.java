// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.nio.file.Path;
import java.util.List;

/** What became of one file. */
public sealed interface IngestOutcome {

    Path file();

    long bytes();

    /** A new file, or a new version of a known one, with what ingest could not read from it. */
    record Ingested(Path file, long bytes, long versionId, List<String> warnings) implements IngestOutcome {
        public Ingested {
            warnings = List.copyOf(warnings);
        }
    }

    /** The same bytes are already the canonical version. */
    record Unchanged(Path file, long bytes) implements IngestOutcome {}

    /** Not ingested; nothing of it was written. */
    record Failed(Path file, long bytes, String reason) implements IngestOutcome {}
}
