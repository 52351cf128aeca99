// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

/** Hears how an ingest run goes, file by file (the CLI draws a progress bar from it). */
public interface IngestListener {

    IngestListener SILENT = new IngestListener() {};

    default void started(int files, long bytes) {}

    default void fileDone(IngestOutcome outcome) {}
}
