// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import org.meridian.core.archive.StoredFile;

/** The media type of a stored file as it is served (compressed files as stored, not unpacked). */
public final class StoredTypes {

    private StoredTypes() {}

    public static String of(StoredFile file) {
        String compression = file.compression() == null ? "" : file.compression();
        return switch (compression) {
            case "bzip2" -> "application/x-bzip2";
            case "gzip" -> "application/gzip";
            default -> file.filename().contains(".fits") ? "application/fits" : "application/octet-stream";
        };
    }
}
