// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How one collection protects its data while they are proprietary (before their release time):
 * the part of the access policy that differs between observatories, written as data. What
 * proprietary data every collection opens alike (staff, program members, grants, instrument
 * teams) is in {@link Access}; docs/access.md has the whole decision table.
 *
 * @param collection the {@code observation.collection} value
 * @param listing which proprietary rows are listed (metadata and coordinates) to everyone
 * @param engineeringPublic whether engineering data are public at once (Gemini), or keep their
 *     release time like any other data (LCO keeps its engineering frames private through a public
 *     date a thousand years ahead)
 */
public record CollectionPolicy(String collection, Listing listing, boolean engineeringPublic) {

    /** Which proprietary rows a collection lists to callers who may not read their bytes. */
    public enum Listing {
        /** Every row: metadata are public, bytes and previews wait for the release (Gemini, MAST for JWST). */
        ALL,
        /**
         * Raw rows (reduction level 0), unless their program keeps its metadata private; processed
         * products are not listed before their release (ESO).
         */
        RAW_UNLESS_PROGRAM_PRIVATE,
        /** None: nothing of a frame is shown before its public date (LCO, and any unknown collection). */
        NONE
    }

    /** The policies of the collections Meridian knows. */
    public static final List<CollectionPolicy> KNOWN = List.of(
            new CollectionPolicy("GEMINI", Listing.ALL, true),
            new CollectionPolicy("LCO", Listing.NONE, false),
            new CollectionPolicy("ESO", Listing.RAW_UNLESS_PROGRAM_PRIVATE, false),
            new CollectionPolicy("JWST", Listing.ALL, false));

    private static final Map<String, CollectionPolicy> BY_NAME =
            KNOWN.stream().collect(Collectors.toUnmodifiableMap(CollectionPolicy::collection, Function.identity()));

    /**
     * The policy of a collection. A collection without one (a site's own instruments ingested by
     * the generic mapper) gets the strictest: nothing shown before release, engineering included.
     */
    public static CollectionPolicy of(String collection) {
        CollectionPolicy known = collection == null ? null : BY_NAME.get(collection);
        return known != null ? known : new CollectionPolicy(collection, Listing.NONE, false);
    }

    /** The known collections with this listing rule. */
    static List<String> listing(Listing listing) {
        return KNOWN.stream()
                .filter(p -> p.listing() == listing)
                .map(CollectionPolicy::collection)
                .toList();
    }

    /** The known collections whose engineering data are public at once. */
    static List<String> publishingEngineeringAtOnce() {
        return KNOWN.stream()
                .filter(CollectionPolicy::engineeringPublic)
                .map(CollectionPolicy::collection)
                .toList();
    }
}
