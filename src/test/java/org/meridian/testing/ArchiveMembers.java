// SPDX-License-Identifier: Apache-2.0
package org.meridian.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/** The members of a downloaded zip or tar bundle, read whole: name to bytes, in the bundle's order. */
public final class ArchiveMembers {

    private ArchiveMembers() {}

    public static Map<String, byte[]> zip(byte[] zip) throws IOException {
        return read(new ZipArchiveInputStream(new ByteArrayInputStream(zip)), entry -> {});
    }

    /** A tar's members; {@code check} sees each member's header (owner, mode) before its bytes are read. */
    public static Map<String, byte[]> tar(byte[] tar, Consumer<TarArchiveEntry> check) throws IOException {
        return read(new TarArchiveInputStream(new ByteArrayInputStream(tar)), check);
    }

    private static <E extends ArchiveEntry> Map<String, byte[]> read(ArchiveInputStream<E> archive, Consumer<E> check)
            throws IOException {
        Map<String, byte[]> members = new LinkedHashMap<>();
        try (ArchiveInputStream<E> in = archive) {
            E entry;
            while ((entry = in.getNextEntry()) != null) {
                check.accept(entry);
                members.put(entry.getName(), in.readAllBytes());
            }
        }
        return members;
    }
}
