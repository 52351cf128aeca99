// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.cli;

import java.util.concurrent.Callable;
import org.meridian.app.Archive;
import picocli.CommandLine.Mixin;

/**
 * A command that does its work on the archive and closes it when done ({@code ingest}, {@code gc},
 * {@code user add}, {@code catalog import}): the archive options it takes, and the opening and
 * closing. Commands that go on serving ({@code serve}, {@code demo}) open the archive themselves.
 */
abstract class ArchiveCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions options;

    @Override
    public final Integer call() throws Exception {
        try (Archive archive = Archive.open(options.settings())) {
            return runOn(archive);
        }
    }

    /** The command's work on the open archive; its exit code. */
    abstract int runOn(Archive archive) throws Exception;
}
