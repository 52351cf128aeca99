// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The DataLink products of a Gaia source (the seed's RETRIEVAL_TYPE values, ALL aside), each held in
 * one catalogue table of the release's schema with one or more rows per source.
 *
 * @param table the catalogue table in the release's schema
 * @param order the columns that order one source's rows, after source_id
 * @param description how the DataLink answer describes the product
 */
enum RetrievalType {
    EPOCH_PHOTOMETRY("epoch_photometry", "transit_id, band", "Epoch photometry"),
    XP_SAMPLED("xp_sampled_mean_spectrum", "wavelength", "XP sampled mean spectrum"),
    XP_CONTINUOUS("xp_continuous_mean_spectrum", "", "XP continuous mean spectrum"),
    MCMC_GSPPHOT("mcmc_samples_gsp_phot", "", "MCMC GSP-Phot"),
    MCMC_MSC("mcmc_samples_msc", "", "MCMC MSC"),
    RVS("rvs_mean_spectrum", "wavelength", "RVS mean spectra");

    private final String table;
    private final String orderBy;
    private final String description;

    RetrievalType(String table, String order, String description) {
        this.table = table;
        // One source's rows together, in a stable order.
        this.orderBy = order.isEmpty() ? "source_id" : "source_id, " + order;
        this.description = description;
    }

    String table() {
        return table;
    }

    /** ORDER BY for a selection: one source's rows together, in a stable order. */
    String orderBy() {
        return orderBy;
    }

    String description() {
        return description;
    }

    /** The types a RETRIEVAL_TYPE value asks for: one, or every type for ALL. */
    static List<RetrievalType> parse(String value) throws DataServerException {
        if (value == null || value.isBlank()) {
            throw DataServerException.badRequest("RETRIEVAL_TYPE is mandatory; expected ALL or one of " + names());
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        if (wanted.equals("ALL")) {
            return List.of(values());
        }
        for (RetrievalType t : values()) {
            if (t.name().equals(wanted)) {
                return List.of(t);
            }
        }
        throw DataServerException.badRequest(
                "unknown RETRIEVAL_TYPE '" + value + "'; expected ALL or one of " + names());
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
