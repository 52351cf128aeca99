// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.output;

import java.util.List;
import uk.ac.starlink.table.StarTable;

/**
 * A result streamed from a cursor (docs/design.md rule 4) as the writers take it: its rows, and
 * after they are read, whether MAXREC cut it short or it failed midway (DALI 1.1 section 4.4).
 */
public interface QueryResult extends StarTable {

    /** Whether more rows were there than the limit let out; known once the rows are read. */
    boolean overflowed();

    /** Why reading the rows stopped early, or null; known once the rows are read. */
    Exception failure();

    /** A table already held whole (in memory): it neither overflows nor fails. */
    static QueryResult complete(StarTable table) {
        return new CompleteResult(table);
    }

    /** Services whose inputs are this result's columns (DataLink), written after it in VOTable. */
    default List<ServiceDescriptor> serviceDescriptors() {
        return List.of();
    }

    /**
     * What the protocol states about its results besides QUERY_STATUS, as VOTable INFO elements of
     * the results resource (SSAP 1.1 section 9.1: {@code SERVICE_PROTOCOL}); TAP states nothing.
     */
    default List<Info> infos() {
        return List.of();
    }

    /** One {@code <INFO name value>text</INFO>}; {@code text} may be null. */
    record Info(String name, String value, String text) {}
}
