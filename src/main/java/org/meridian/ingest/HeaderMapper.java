// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

/** Maps one instrument family's FITS headers onto the core model. One implementation per family. */
public interface HeaderMapper {

    /** True when this mapper knows the file (by its headers, not its name alone). */
    boolean accepts(FitsHeaders headers);

    /**
     * @throws BadFileException with a one-line reason when a required header is missing or invalid
     */
    MappedFile map(FitsHeaders headers, IngestContext context) throws BadFileException;
}
