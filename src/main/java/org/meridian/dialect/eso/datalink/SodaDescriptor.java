// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.datalink;

/**
 * A SODA service descriptor for one dataset (DataLink 1.1 section 4, SODA 1.0 section 4.2): where
 * the cutout service is, the dataset's ID, and the ranges its parameters may take.
 *
 * @param resourceId the descriptor's XML ID, which the {@code #cutout} row's service_def names
 * @param standardId SODA's sync or async standard; an async descriptor's accessURL is the job list
 */
public record SodaDescriptor(
        String resourceId, String standardId, String datasetId, String accessUrl, CutoutRanges ranges) {

    public static final String SYNC = "ivo://ivoa.net/std/SODA#sync-1.0";

    public static final String ASYNC = "ivo://ivoa.net/std/SODA#async-1.0";

    public boolean async() {
        return ASYNC.equals(standardId);
    }
}
