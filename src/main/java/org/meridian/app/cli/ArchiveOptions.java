// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.meridian.app.Settings;
import picocli.CommandLine.Option;

/** The options every command that opens the archive shares. */
public final class ArchiveOptions {

    @Option(names = "--home", description = "archive home directory (default: ./.meridian)", defaultValue = ".meridian")
    Path home;

    @Option(names = "--db", description = "JDBC URL of an external PostgreSQL instead of the embedded one")
    String db;

    @Option(names = "--port", description = "HTTP port (default: 8080)")
    Integer port;

    Settings settings() throws IOException {
        return Settings.resolve(home, port, db, System.getenv());
    }
}
