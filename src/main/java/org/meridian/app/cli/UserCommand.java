// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.meridian.app.Archive;
import org.meridian.core.auth.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code meridian user add NAME [--staff] [--program ID...]}. */
@Command(name = "user", description = "Manage accounts.", subcommands = UserCommand.Add.class)
public final class UserCommand {

    @Command(name = "add", description = "Create an account; prints its generated password and API token.")
    static final class Add extends ArchiveCommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "the new account's user name")
        String name;

        @Option(names = "--staff", description = "staff see all data")
        boolean staff;

        @Option(names = "--program", arity = "1..*", paramLabel = "ID", description = "programs the user belongs to")
        List<String> programs = new ArrayList<>();

        @Override
        int runOn(Archive archive) throws Exception {
            Accounts accounts = archive.accounts();
            if (accounts.exists(name)) {
                System.err.println("user " + name + " already exists");
                return 1;
            }
            for (String program : programs) {
                ensureProgram(archive, program);
            }
            Accounts.NewAccount a = accounts.create(name, null, staff, programs);
            System.out.println("user:     " + a.username());
            System.out.println("password: " + a.password());
            System.out.println("token:    " + a.token());
            return 0;
        }

        private static void ensureProgram(Archive archive, String program) throws java.sql.SQLException {
            try (var c = archive.db().connection();
                    var s = c.prepareStatement("select 1 from program where id = ?")) {
                s.setString(1, program);
                try (var r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalArgumentException("no such program: " + program);
                    }
                }
            }
        }
    }
}
