// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.util.List;
import org.meridian.ingest.eso.EsoHeaderMapper;
import org.meridian.ingest.gemini.GeminiHeaderMapper;
import org.meridian.ingest.generic.GenericHeaderMapper;
import org.meridian.ingest.jwst.JwstHeaderMapper;
import org.meridian.ingest.lco.LcoHeaderMapper;

/** The header mappers in the order they are asked: the specific facilities first, generic last. */
public final class HeaderMappers {

    private static final GenericHeaderMapper GENERIC = new GenericHeaderMapper();

    private static final List<HeaderMapper> ORDERED = List.of(
            new GeminiHeaderMapper(), new LcoHeaderMapper(), new EsoHeaderMapper(), new JwstHeaderMapper(), GENERIC);

    private HeaderMappers() {}

    public static List<HeaderMapper> all() {
        return ORDERED;
    }

    /** The first mapper that accepts the file: a facility's, else the generic one. */
    public static HeaderMapper forFile(FitsHeaders headers) {
        return ORDERED.stream().filter(m -> m.accepts(headers)).findFirst().orElse(GENERIC);
    }

    /**
     * The file as the first mapper that accepts it reads it. When a facility's mapper refuses the file
     * (a card its rules need is missing or malformed), the file is still valid FITS: it is ingested
     * with the standard keywords only and the facility's reason kept as a warning, as FitsStorage
     * ingests files whatever keywords they lack.
     */
    public static MappedFile map(FitsHeaders headers, IngestContext context) {
        for (HeaderMapper m : ORDERED) {
            if (m == GENERIC || !m.accepts(headers)) {
                continue;
            }
            try {
                return m.map(headers, context);
            } catch (BadFileException e) {
                return GENERIC.map(headers, context).warn(e.getMessage() + "; read with the standard keywords only");
            }
        }
        return GENERIC.map(headers, context);
    }
}
