// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import org.meridian.app.cli.CatalogCommand;
import org.meridian.app.cli.DemoCommand;
import org.meridian.app.cli.DemoDataCommand;
import org.meridian.app.cli.GcCommand;
import org.meridian.app.cli.IngestCommand;
import org.meridian.app.cli.ServeCommand;
import org.meridian.app.cli.UserCommand;
import org.meridian.app.cli.WarningsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code meridian} command line. */
@Command(
        name = "meridian",
        mixinStandardHelpOptions = true,
        version = "meridian 0.1.0",
        description = "An observatory science archive: one core, many dialects.",
        subcommands = {
            DemoCommand.class,
            ServeCommand.class,
            DemoDataCommand.class,
            IngestCommand.class,
            UserCommand.class,
            CatalogCommand.class,
            WarningsCommand.class,
            GcCommand.class
        })
public final class Main {

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("meridian.log", "warn"));
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // An operator error (bad path, bad table name, unreachable database) is one line, not a trace.
            cmd.getErr().println("meridian: " + e.getMessage());
            return 2;
        });
        System.exit(cli.execute(args));
    }
}
