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

    private static final List<HeaderMapper> ORDERED = List.of(
            new GeminiHeaderMapper(),
            new LcoHeaderMapper(),
            new EsoHeaderMapper(),
            new JwstHeaderMapper(),
            new GenericHeaderMapper());

    private HeaderMappers() {}

    public static List<HeaderMapper> all() {
        return ORDERED;
    }

    /** The first mapper that accepts the file. */
    public static HeaderMapper forFile(FitsHeaders headers) throws BadFileException {
        for (HeaderMapper m : ORDERED) {
            if (m.accepts(headers)) {
                return m;
            }
        }
        throw new BadFileException(headers.filename() + " has no DATE-OBS and no facility mapper knows it");
    }
}
