// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust;

import java.util.List;
import java.util.Set;

/**
 * One proprietary observation of the demo, as the authorization matrix hunts for it: what of it is
 * hidden from callers who are not entitled (its collection's policy, docs/access.md), and the
 * markers that give each hidden part away in any answer. Markers are chosen so that no request of
 * the matrix echoes them: object names, coordinates and slices of the stored bytes, never the IDs
 * the requests name.
 *
 * @param program the programme whose member ({@code member}, a demo account) is entitled
 * @param grantedFile the stored file whose grant opens the observation to the matrix's grantee
 */
record Secret(
        String name,
        String collection,
        String program,
        String member,
        Set<Target> hidden,
        String grantedFile,
        long observationRowId,
        String obsKey,
        String filename,
        long versionId,
        List<String> metadataMarkers,
        List<String> coordinateMarkers,
        List<byte[]> byteMarkers) {

    /** The collection name of a Gaia TAP+ user table secret: an account's own table, not archive data. */
    static final String USER_TABLE = "USER TABLE";

    /** A user table: only its owner (and groups it is shared with) may see it; not staff, not grantees. */
    boolean userTable() {
        return collection.equals(USER_TABLE);
    }

    /** The three decisions Access takes per observation. */
    enum Target {
        LISTED,
        COORDINATES,
        BYTES
    }

    /**
     * The text markers of what is hidden of this observation. Coordinates count only in answers
     * that select this observation ({@code selected}): the demo puts public data on the same
     * field (Gemini's engineering frames share the proprietary programme's target), so a listing of
     * everything may show the same position legitimately.
     */
    List<String> hiddenText(boolean selected) {
        List<String> markers = new java.util.ArrayList<>();
        if (hidden.contains(Target.LISTED)) {
            markers.addAll(metadataMarkers);
        }
        if (selected && hidden.contains(Target.COORDINATES)) {
            markers.addAll(coordinateMarkers);
        }
        return markers;
    }

    /** Slices of the stored (and decompressed) bytes, hidden unless the caller may read the file. */
    List<byte[]> hiddenBytes() {
        return hidden.contains(Target.BYTES) ? byteMarkers : List.of();
    }
}
