// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.meridian.store.FileStore;

/**
 * Writes each result to a temporary file, then moves it into the FileStore under
 * {@code uws/<job>/<name>} and records it, so any server process can serve it.
 */
record StoredResultSink(String jobId, FileStore files, JobClaims claims) implements ResultSink {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    static String storageKey(String jobId, String name) {
        return "uws/" + jobId + "/" + name;
    }

    @Override
    public long write(String name, String mimeType, Content content)
            throws IOException, SQLException, JobFailedException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid result name: " + name);
        }
        Path temp = Files.createTempFile("uws-" + jobId + "-", ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            long size = Files.size(temp);
            String key = storageKey(jobId, name);
            files.put(key, temp);
            if (!claims.addResult(jobId, new JobResult(name, key, mimeType, size))) {
                // Deleted while running: keep no orphan bytes behind.
                files.delete(key);
            }
            return size;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
