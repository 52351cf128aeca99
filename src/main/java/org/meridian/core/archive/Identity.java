// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

/**
 * Who and what an observation is.
 *
 * @param collection the facility's collection: {@code GEMINI}, {@code LCO}, {@code ESO}, {@code JWST}, ...
 * @param obsKey unique within the collection; files with the same key belong to one observation
 *     (Gemini: data label, or file name when there is none; LCO: basename; JWST: the CAOM obs_id)
 * @param programId program (proposal) ID, upper-cased for Gemini; null when unknown
 * @param observationId Gemini observation ID, LCO block UID (as text), ESO OB ID, ...
 * @param requestId LCO REQNUM, or null
 */
public record Identity(
        String collection,
        String obsKey,
        String programId,
        String observationId,
        String dataLabel,
        Long requestId,
        String telescope,
        String instrument,
        String siteId,
        String telescopeId) {}
