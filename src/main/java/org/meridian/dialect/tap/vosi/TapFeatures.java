// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.vosi;

import java.util.List;

/**
 * The ADQL language features this service implements, declared once and rendered into
 * /capabilities (docs/design.md "Ways of writing code here"; TAPRegExt 1.0 section 2.3, ADQL 2.1 optional
 * features). Only what the parser and the PostgreSQL translation actually handle is listed.
 */
public final class TapFeatures {

    private TapFeatures() {}

    private static final String TR = "ivo://ivoa.net/std/TAPRegExt#";

    /** One TAPRegExt languageFeatures group. */
    public record FeatureGroup(String type, List<Feature> features) {}

    public record Feature(String form, String description) {}

    /**
     * The ways a caller may authenticate to the queries (IVOA SSO 2.0 identifiers; null is anonymous),
     * declared on the TAP interface so that pyvo's {@code AuthSession} picks the session it was given
     * for them: a bearer token (the OAuth2 token service's JWTs and API tokens), HTTP Basic, and the
     * session cookie (docs/architecture.md, Callers).
     */
    public static final List<String> SECURITY_METHODS = java.util.Arrays.asList(
            null, "ivo://ivoa.net/sso#OAuth", "ivo://ivoa.net/sso#BasicAA", "ivo://ivoa.net/sso#cookie");

    public static final List<FeatureGroup> ADQL = List.of(
            group(
                    "features-adqlgeo",
                    "POINT",
                    "CIRCLE",
                    "POLYGON",
                    "BOX",
                    "CONTAINS",
                    "INTERSECTS",
                    "DISTANCE",
                    "COORD1",
                    "COORD2"),
            group("features-adql-string", "LOWER", "UPPER", "ILIKE"),
            group("features-adql-sets", "UNION", "EXCEPT", "INTERSECT"),
            group("features-adql-common-table", "WITH"),
            group("features-adql-type", "CAST"),
            group("features-adql-unit", "IN_UNIT"),
            group("features-adql-offset", "OFFSET"),
            new FeatureGroup(
                    TR + "features-udf",
                    List.of(
                            new Feature(
                                    "ivo_healpix_index(hpxOrder INTEGER, ra DOUBLE, dec DOUBLE) -> BIGINT",
                                    "Nested HEALPix index of a position at the given order"),
                            new Feature(
                                    "ivo_hasword(haystack VARCHAR(*), needle VARCHAR(*)) -> INTEGER",
                                    "1 if needle is a word of haystack, case-insensitively, else 0"),
                            new Feature(
                                    "ivo_epoch_prop(ra DOUBLE, dec DOUBLE, parallax DOUBLE, pmra DOUBLE, pmdec DOUBLE,"
                                            + " radial_velocity DOUBLE, ref_epoch DOUBLE, out_epoch DOUBLE)"
                                            + " -> DOUBLE[6]",
                                    "Propagates an astrometric solution to another epoch"))));

    /** The ADQL versions accepted, as TAPRegExt {@code version} elements: text and ivo-id. */
    public static final List<String[]> ADQL_VERSIONS = List.of(
            new String[] {"2.0", "ivo://ivoa.net/std/ADQL#v2.0"}, new String[] {"2.1", "ivo://ivoa.net/std/ADQL#v2.1"});

    /** TAPRegExt upload methods: inline multipart parts and http(s) URLs. */
    public static final List<String> UPLOAD_METHODS = List.of(TR + "upload-inline", TR + "upload-http");

    /** Data models the service implements (ObsCore 1.1 in ivoa.ObsCore). */
    public static final List<String[]> DATA_MODELS =
            List.<String[]>of(new String[] {"ObsCore-1.1", "ivo://ivoa.net/std/ObsCore#core-1.1"});

    private static FeatureGroup group(String type, String... forms) {
        return new FeatureGroup(
                TR + type,
                java.util.Arrays.stream(forms).map(f -> new Feature(f, null)).toList());
    }

    /** The TAPRegExt ivo-id of a result format, or null for formats TAPRegExt does not name. */
    public static String outputFormatId(String formatId) {
        return switch (formatId) {
            case "votable/b2" -> TR + "output-votable-binary2";
            case "votable/td" -> TR + "output-votable-td";
            case "votable/b" -> TR + "output-votable-binary";
            default -> null;
        };
    }
}
