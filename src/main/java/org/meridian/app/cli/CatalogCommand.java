// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.meridian.app.Archive;
import org.meridian.ingest.catalog.CatalogImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code meridian catalog import FILE --table schema.name [--ra COL --dec COL]}. */
@Command(name = "catalog", description = "Manage catalogs.", subcommands = CatalogCommand.Import.class)
public final class CatalogCommand {

    @Command(name = "import", description = "Bulk-load a CSV, VOTable, FITS or ECSV catalog into a table.")
    static final class Import extends ArchiveCommand {

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--table", required = true, paramLabel = "SCHEMA.NAME")
        String table;

        @Option(names = "--ra", paramLabel = "COL", description = "RA column in degrees (default: by UCD or name)")
        String ra;

        @Option(names = "--dec", paramLabel = "COL", description = "Dec column in degrees (default: by UCD or name)")
        String dec;

        @Option(
                names = "--unit",
                paramLabel = "COL=UNIT",
                description = "a column's unit (VOUnit, e.g. parallax=mas), over the file's; repeatable."
                        + " CSV files declare none, and ADQL's IN_UNIT converts only columns with one")
        java.util.Map<String, String> units = new java.util.LinkedHashMap<>();

        @Override
        int runOn(Archive archive) throws Exception {
            run(archive, new CatalogImporter.Request(file, table, ra, dec, null, units));
            return 0;
        }
    }

    /** Imports with a progress bar over the file's bytes; shared with {@code demo}. */
    static CatalogImporter.Result run(Archive archive, CatalogImporter.Request request) throws Exception {
        ProgressBar bar = new ProgressBar(System.err, "catalog " + request.table(), "MB");
        bar.total(Math.max(1, Files.size(request.file()) >> 20));
        CatalogImporter.Result result =
                archive.catalogImporter().importCatalog(request, read -> bar.update(read >> 20, ""));
        bar.finish(String.format(
                "%d rows in %.1f s (%.0f rows/s; read+COPY %.1f s, sort+index %.1f s)",
                result.rows(),
                result.elapsed().toMillis() / 1000.0,
                result.rowsPerSecond(),
                result.loading().toMillis() / 1000.0,
                result.indexing().toMillis() / 1000.0));
        return result;
    }
}
