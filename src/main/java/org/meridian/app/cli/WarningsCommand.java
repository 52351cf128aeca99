// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.Callable;
import org.meridian.app.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code meridian warnings [TEXT]}: the current files that ingest took in spite of something it could
 * not read (no observation time, a degenerate WCS, a facility rule their headers miss), newest first,
 * so that staff can find and fix them; TEXT keeps the files whose name or warning contains it.
 */
@Command(
        name = "warnings",
        description = "List ingested files with ingest warnings (optionally only those mentioning TEXT).")
public final class WarningsCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions options;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "a part of the file name or the warning")
    String text = "";

    @Option(names = "--limit", description = "at most this many files (default ${DEFAULT-VALUE})")
    int limit = 1000;

    @Override
    public Integer call() throws Exception {
        try (Archive archive = Archive.open(options.settings());
                Connection c = archive.db().connection();
                PreparedStatement s = c.prepareStatement("select v.filename, array_to_string(v.ingest_warnings, '; ')"
                        + " from file_version v where v.canonical and cardinality(v.ingest_warnings) > 0"
                        + " and strpos(lower(v.filename || ' ' || array_to_string(v.ingest_warnings, ' ')), lower(?)) > 0"
                        + " order by v.id desc limit ?")) {
            s.setString(1, text);
            s.setInt(2, limit);
            int n = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    System.out.println(r.getString(1) + ": " + r.getString(2));
                    n++;
                }
            }
            System.err.println(n + " file(s) with warnings");
            return 0;
        }
    }
}
