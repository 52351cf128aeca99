// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.cli;

import java.io.IOException;
import org.meridian.app.Archive;
import picocli.CommandLine.Option;

/** What the commands that serve the archive ({@code serve}, {@code demo}) take besides {@link ArchiveOptions}. */
final class ServingOptions {

    @Option(
            names = "--tls-port",
            description = "also serve HTTPS on this port, with a certificate made once into <home>/tls/cert.pem")
    Integer tlsPort;

    /** The archive the options name, to be served with HTTPS where a port is given. */
    Archive open(ArchiveOptions options) throws IOException {
        return Archive.open(options.settings().withTlsPort(tlsPort));
    }
}
