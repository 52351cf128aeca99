// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.meridian.app.Archive;
import org.meridian.app.trust.Secret.Target;

/**
 * The demo's proprietary observations the matrix hunts for, one per collection policy
 * (docs/access.md): a Gemini programme (listed to everyone, coordinates and files kept), a JWST
 * exclusive-access programme (listed, files kept), an ESO programme whose raw metadata stay private
 * and an LCO proposal (nothing shown before release).
 */
final class Secrets {

    private Secrets() {}

    static List<Secret> load(Archive archive) throws Exception {
        return List.of(
                load(
                        archive,
                        "Gemini proprietary",
                        "GEMINI",
                        "GN-2025B-Q-210",
                        "gemini_pi",
                        EnumSet.of(Target.COORDINATES, Target.BYTES),
                        List.of(),
                        List.of(
                                "HUDF-par2",
                                "53.358",
                                "-27.885",
                                "03:33:25.9",
                                "-27:53:06",
                                "03 33 25.9",
                                "-27 53 06")),
                load(
                        archive,
                        "JWST exclusive access",
                        "JWST",
                        "4520",
                        "jwst_user",
                        EnumSet.of(Target.BYTES),
                        List.of(),
                        List.of()),
                load(
                        archive,
                        "ESO private metadata",
                        "ESO",
                        "0116.C-0702(A)",
                        "eso_user",
                        EnumSet.allOf(Target.class),
                        // Its calibrations are public at once, on the same field: the name says it all.
                        List.of("SGR A* FIELD", "SGR A\\* FIELD"),
                        List.of()),
                load(
                        archive,
                        "LCO proprietary",
                        "LCO",
                        "LCO2025B-014",
                        null,
                        EnumSet.allOf(Target.class),
                        List.of("WASP-12"),
                        List.of("97.6366", "29.6723")));
    }

    private static Secret load(
            Archive archive,
            String name,
            String collection,
            String program,
            String member,
            Set<Target> hidden,
            List<String> metadata,
            List<String> coordinates)
            throws Exception {
        String sql = "select o.id, o.obs_key, v.filename, v.id, v.storage_key, f.name"
                + " from observation o join file f on f.observation_id = o.id"
                + " join file_version v on v.file_id = f.id and v.canonical"
                + " where o.collection = ? and o.program_id = ? and o.release > now()"
                + " order by o.reduction_level, o.instrument = 'UVES', o.id, v.id limit 1"; // an image: SODA cuts it
        try (Connection c = archive.db().connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, collection);
            s.setString(2, program);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException(
                            "the demo has no proprietary " + collection + " data of " + program);
                }
                String obsKey = r.getString(2);
                return new Secret(
                        name,
                        collection,
                        program,
                        member,
                        hidden,
                        r.getString(6),
                        r.getLong(1),
                        obsKey,
                        r.getString(3),
                        r.getLong(4),
                        metadata,
                        coordinates,
                        byteMarkers(archive, r.getString(5)));
            }
        }
    }

    /**
     * Two slices of the file from the middle of its data: as stored (what a tar bundle or a plain
     * download carries) and decompressed (what a download asking for the uncompressed name gets).
     */
    private static List<byte[]> byteMarkers(Archive archive, String key) throws IOException {
        byte[] stored;
        try (InputStream in = archive.files().open(key)) {
            stored = in.readAllBytes();
        }
        List<byte[]> markers = new ArrayList<>();
        markers.add(middle(stored));
        try (InputStream in = new CompressorStreamFactory()
                .createCompressorInputStream(new java.io.BufferedInputStream(new ByteArrayInputStream(stored)))) {
            markers.add(middle(in.readAllBytes()));
        } catch (org.apache.commons.compress.compressors.CompressorException notCompressed) {
            // stored as plain FITS (or tile-compressed, which is FITS too): one slice says it all
        }
        return markers;
    }

    private static byte[] middle(byte[] bytes) {
        int length = 48;
        int from = Math.max(0, bytes.length / 2 - length / 2);
        return java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + length));
    }

    /**
     * A TAP+ user table of {@code owner} holding one row whose value gives it away
     * (docs/access.md, "Other things with owners"); its name is its ADQL name, {@code schema.table}.
     */
    static Secret userTable(String owner, String schema, String table, String marker) {
        String name = schema + "." + table;
        return new Secret(
                "TAP+ user table",
                Secret.USER_TABLE,
                name,
                owner,
                EnumSet.of(Target.LISTED),
                null,
                -1,
                name,
                table + ".fits",
                -1,
                List.of(marker, table),
                List.of(),
                List.of());
    }

    /** The grantee's grants: each secret's file, which opens its whole observation (docs/access.md). */
    static void grant(Archive archive, long account, List<Secret> secrets) throws SQLException {
        try (Connection c = archive.db().connection();
                PreparedStatement s =
                        c.prepareStatement("insert into access_grant (account_id, file_name) values (?, ?)")) {
            for (Secret secret : secrets) {
                if (secret.grantedFile() == null) {
                    continue; // user tables take no grants
                }
                s.setLong(1, account);
                s.setString(2, secret.grantedFile());
                s.executeUpdate();
            }
        }
    }
}
