// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.nio.file.Path;

/** What became of one file. */
public sealed interface IngestOutcome {

    Path file();

    long bytes();

    /** A new file, or a new version of a known one. */
    record Ingested(Path file, long bytes, long versionId) implements IngestOutcome {}

    /** The same bytes are already the canonical version. */
    record Unchanged(Path file, long bytes) implements IngestOutcome {}

    /** Not ingested; nothing of it was written. */
    record Failed(Path file, long bytes, String reason) implements IngestOutcome {}
}
