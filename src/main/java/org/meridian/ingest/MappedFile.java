// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.util.List;
import org.meridian.core.archive.Observation;

/**
 * What a header mapper makes of one file: the observation it belongs to, the part the file plays in
 * it, and the other files it names.
 *
 * @param storagePath where the FileStore keeps it, relative, ending in the file name (LCO:
 *     {@code SITE/INST/DAYOBS/raw|processed/name}; Gemini: the bare name)
 * @param related basenames (no extension) of files this one names, e.g. LCO {@code L1IDBIAS}
 * @param warnings what could not be read from the headers (no time, a degenerate WCS): the file is
 *     ingested anyway and the warnings are kept with its version ({@code file_version.ingest_warnings})
 */
public record MappedFile(
        Observation observation,
        Product product,
        List<RelatedFile> related,
        String storagePath,
        List<String> warnings) {

    public MappedFile {
        related = List.copyOf(related);
        warnings = List.copyOf(warnings);
    }

    /** A file mapped without anything to warn about. */
    public MappedFile(Observation observation, Product product, List<RelatedFile> related, String storagePath) {
        this(observation, product, related, storagePath, List.of());
    }

    /** The same file with one more warning (what ingest could not read, kept with the file). */
    public MappedFile warn(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new MappedFile(observation, product, related, storagePath, more);
    }

    /** The same file with another observation (a checked or corrected one). */
    public MappedFile with(Observation other) {
        return new MappedFile(other, product, related, storagePath, warnings);
    }

    /**
     * The part this file plays, in MAST/CAOM terms.
     *
     * @param type SCIENCE, CALIBRATION, PREVIEW, AUXILIARY, CATALOG, THUMBNAIL
     * @param subgroup product subgroup, e.g. UNCAL, CAL, I2D (JWST), RAW, REDUCED
     * @param calibLevel ObsCore/CAOM calibration level 0..4
     */
    public record Product(String type, String subgroup, int calibLevel) {}

    /**
     * A file named by this one.
     *
     * @param kind the header key or relation that names it (e.g. L1IDBIAS, ARCFILE, raw, preview)
     */
    public record RelatedFile(String kind, String basename) {}
}
