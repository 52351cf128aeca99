// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.util.Set;

/** What a header mapper may ask the archive while mapping a file. */
public interface IngestContext {

    /** The tags of a program as the observing portal holds them (e.g. {@code public}, {@code private}); empty if unknown. */
    Set<String> programTags(String programId);
}
