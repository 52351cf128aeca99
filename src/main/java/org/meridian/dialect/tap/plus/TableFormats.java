// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.dialect.tap.upload.UploadLoader;
import org.meridian.xml.VotableReading;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.table.TableFormatException;

/**
 * Reads an uploaded user table in the FORMAT the client names (seed section 3.7: VOTable, CSV,
 * ASCII; FITS and ECSV too), with STIL. VOTables go through {@link VotableReading} only (no DOCTYPE,
 * no STREAM href). STIL sees the table's name, never the spooled file's path, so its messages do not
 * show where the server keeps uploads.
 */
final class TableFormats {

    private TableFormats() {}

    static StarTable read(Path file, String format, String tableName) throws TapException {
        String f =
                format == null || format.isBlank() ? "votable" : format.strip().toLowerCase(Locale.ROOT);
        String stil =
                switch (f) {
                    // TapPlus's upload_table_from_job sends FORMAT=<built-in function format> (a 0.4.6 bug): the
                    // job's result is a VOTable whatever it says.
                    case "votable", "vot", "xml", "<built-in function format>" -> "votable";
                    case "csv" -> "csv";
                    case "ascii", "txt", "text" -> "ascii";
                    case "fits", "fit" -> "fits";
                    case "ecsv" -> "ecsv";
                    default ->
                        throw TapException.badRequest(
                                "FORMAT " + format + " is not supported; use votable, csv, ascii, fits or ecsv");
                };
        try {
            if (stil.equals("votable")) {
                try (InputStream in = Files.newInputStream(file)) {
                    return VotableReading.read(in, StoragePolicy.getDefaultPolicy());
                }
            }
            return new StarTableFactory(false).makeStarTable(UploadLoader.named(file, tableName), stil);
        } catch (TableFormatException e) {
            throw TapException.badRequest("cannot read table " + tableName + " as " + stil + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            // RuntimeException: STIL's readers trip over arbitrary bytes; such a file is not a table.
            throw TapException.badRequest("cannot read table " + tableName + " as " + stil + ": " + e.getMessage());
        }
    }
}
