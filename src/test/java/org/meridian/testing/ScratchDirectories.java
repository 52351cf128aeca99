// SPDX-License-Identifier: Apache-2.0
package org.meridian.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes the scratch trees the test fixtures make (a PostgreSQL data directory, a demo home). */
final class ScratchDirectories {

    private ScratchDirectories() {}

    /**
     * Deletes {@code dir} and everything in it. A PostgreSQL that is still shutting down may write a
     * last file after the walk passed its directory, so a tree that is still there is walked again,
     * a few times, before giving up with a message.
     */
    static void delete(Path dir) {
        for (int attempt = 0; attempt < 10 && Files.exists(dir); attempt++) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a file vanished under the walk: walk again
            }
            if (Files.exists(dir)) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (Files.exists(dir)) {
            System.err.println("cannot delete " + dir);
        }
    }
}
