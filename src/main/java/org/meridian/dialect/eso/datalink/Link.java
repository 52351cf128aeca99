// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.datalink;

/**
 * One row of a DataLink answer (DataLink 1.1 section 3.2): exactly one of {@code accessUrl},
 * {@code serviceDef} and {@code errorMessage} is set.
 *
 * @param id the identifier the caller asked about, echoed
 * @param contentLength bytes, or null when unknown
 * @param linkAuth DataLink 1.1's {@code link_auth}: {@code false} (public), {@code true} (needs a login)
 * @param linkAuthorized whether this caller may follow the link
 */
public record Link(
        String id,
        String accessUrl,
        String serviceDef,
        String errorMessage,
        String semantics,
        String description,
        String contentType,
        Long contentLength,
        String contentQualifier,
        String localSemantics,
        String linkAuth,
        Boolean linkAuthorized) {

    /** A row that reports why the identifier gave no links (DataLink 1.1 section 3.2.3). */
    public static Link error(String id, String semantics, String message) {
        return new Link(id, null, null, message, semantics, null, null, null, null, null, null, null);
    }
}
