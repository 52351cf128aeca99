// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import org.meridian.vo.output.QueryResult;
import org.meridian.vo.output.ResultFormat;
import org.meridian.vo.output.ResultWriter;
import uk.ac.starlink.ecsv.EcsvTableWriter;

/**
 * The data server's FORMAT values (the seed's table): a binary VOTable by default, a TABLEDATA
 * VOTable, FITS, CSV and ECSV, each with the file extension Gaia's file names carry. All but ECSV
 * are the shared writers of {@code vo.output}; ECSV is STIL's own writer.
 */
enum ProductFormat {
    VOTABLE("xml", "application/x-votable+xml", ResultFormat.VOTABLE_BINARY.writer()),
    VOTABLE_PLAIN("xml", "application/x-votable+xml", ResultFormat.VOTABLE_TABLEDATA.writer()),
    FITS("fits", "application/fits", ResultFormat.FITS.writer()),
    CSV("csv", "text/csv", ResultFormat.CSV.writer()),
    ECSV("ecsv", "text/plain", ProductFormat::ecsv);

    private final String extension;
    private final String mime;
    private final ResultWriter writer;

    ProductFormat(String extension, String mime, ResultWriter writer) {
        this.extension = extension;
        this.mime = mime;
        this.writer = writer;
    }

    static ProductFormat parse(String value) throws DataServerException {
        if (value == null || value.isBlank()) {
            return VOTABLE;
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        for (ProductFormat f : values()) {
            if (f.name().equals(wanted)) {
                return f;
            }
        }
        throw DataServerException.badRequest("unknown FORMAT '" + value + "'; expected one of "
                + String.join(", ", Arrays.stream(values()).map(Enum::name).toList()));
    }

    String extension() {
        return extension;
    }

    String mime() {
        return mime;
    }

    void write(QueryResult rows, OutputStream out) throws IOException {
        writer.write(rows, null, out);
    }

    private static void ecsv(QueryResult rows, String query, OutputStream out) throws IOException {
        new EcsvTableWriter().writeStarTable(rows, out);
        out.flush();
    }
}
