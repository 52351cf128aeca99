// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import java.util.List;
import java.util.Locale;
import org.meridian.vo.dali.DaliParams;

/**
 * A {@code /data-server/data} request as the seed's parameter table defines it. BAND, deprecated
 * since GACS 3.6, is accepted and has no effect, as the seed says.
 *
 * @param types one product, or all of them for RETRIEVAL_TYPE=ALL
 * @param validOnly VALID_DATA=true: epoch photometry without null fluxes and rejected transits
 * @param zipAlways USE_ZIP_ALWAYS=true (astroquery sends it): a zip even for one file
 */
record DataRequest(
        List<RetrievalType> types,
        boolean all,
        SourceSelection selection,
        boolean validOnly,
        ProductFormat format,
        Structure structure,
        boolean zipAlways) {

    /** DATA_STRUCTURE: a file per source (the default), or one file for all sources. */
    enum Structure {
        INDIVIDUAL,
        RAW,
        /** astroquery's third value; one file for all sources, like RAW. */
        COMBINED
    }

    static DataRequest of(DaliParams p) throws DataServerException {
        String typeValue = p.first("RETRIEVAL_TYPE");
        List<RetrievalType> types = RetrievalType.parse(typeValue);
        boolean all = typeValue.trim().equalsIgnoreCase("ALL");
        ProductFormat format = ProductFormat.parse(p.first("FORMAT"));
        Structure structure = structure(p.first("DATA_STRUCTURE"));
        SourceSelection selection = IdParser.parse(p.all("ID"), p.first("RELEASE"));
        boolean valid = bool("VALID_DATA", p.first("VALID_DATA"));
        boolean zip = bool("USE_ZIP_ALWAYS", p.first("USE_ZIP_ALWAYS"));
        // The seed: ALL is always a compressed bundle in the INDIVIDUAL structure.
        return new DataRequest(
                types, all, selection, valid && !all, format, all ? Structure.INDIVIDUAL : structure, zip || all);
    }

    private static Structure structure(String value) throws DataServerException {
        if (value == null || value.isBlank()) {
            return Structure.INDIVIDUAL;
        }
        try {
            return Structure.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DataServerException.badRequest(
                    "unknown DATA_STRUCTURE '" + value + "'; expected INDIVIDUAL, RAW or COMBINED");
        }
    }

    private static boolean bool(String name, String value) throws DataServerException {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "1" -> true;
            case "false", "f", "no", "0" -> false;
            default -> throw DataServerException.badRequest(name + " must be TRUE or FALSE, not '" + value + "'");
        };
    }
}
