// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.output;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.ac.starlink.votable.DataFormat;

/**
 * The result formats this service writes, declared once (docs/design.md "Ways of writing code here"): the
 * sync and async endpoints parse FORMAT/RESPONSEFORMAT with {@link #parse}, and /capabilities
 * lists them from here.
 *
 * @param mime the MIME type written in Content-Type and declared in capabilities
 * @param aliases the short names and MIME types a client may send (case-insensitive)
 * @param compressible whether gzip pays: text does (CSV to half, TABLEDATA and JSON more); base64
 *     BINARY/BINARY2 and FITS shrink by a quarter at most, at a few tens of MB/s, which would cap
 *     a streamed result far below its uncompressed rate
 */
public record ResultFormat(
        String id, String mime, String extension, List<String> aliases, ResultWriter writer, boolean compressible) {

    public static final ResultFormat VOTABLE_BINARY2 = new ResultFormat(
            "votable/b2",
            "application/x-votable+xml",
            "vot",
            List.of(
                    "votable",
                    "votable/b2",
                    "application/x-votable+xml",
                    "text/xml",
                    "application/xml",
                    "vot",
                    "application/x-votable+xml;serialization=binary2"),
            new VoTableWriter(DataFormat.BINARY2),
            false);

    public static final ResultFormat VOTABLE_TABLEDATA = new ResultFormat(
            "votable/td",
            "application/x-votable+xml;serialization=tabledata",
            "vot",
            List.of("votable/td", "votable_plain", "application/x-votable+xml;serialization=tabledata"),
            new VoTableWriter(DataFormat.TABLEDATA),
            true);

    public static final ResultFormat VOTABLE_BINARY = new ResultFormat(
            "votable/b",
            "application/x-votable+xml;serialization=binary",
            "vot",
            List.of("votable/b", "application/x-votable+xml;serialization=binary"),
            new VoTableWriter(DataFormat.BINARY),
            false);

    public static final ResultFormat CSV = new ResultFormat(
            "csv",
            "text/csv;header=present",
            "csv",
            List.of("csv", "text/csv", "text/csv;header=present"),
            TextWriter.csv(),
            true);

    public static final ResultFormat TSV = new ResultFormat(
            "tsv",
            "text/tab-separated-values",
            "tsv",
            List.of("tsv", "text/tab-separated-values", "text/tsv"),
            TextWriter.tsv(),
            true);

    public static final ResultFormat JSON = new ResultFormat(
            "json", "application/json", "json", List.of("json", "application/json"), new JsonWriter(), true);

    public static final ResultFormat FITS = new ResultFormat(
            "fits",
            "application/fits",
            "fits",
            List.of("fits", "application/fits", "image/fits"),
            new FitsWriter(),
            false);

    /** Every format, the default (BINARY2 VOTable) first. */
    public static final List<ResultFormat> ALL =
            List.of(VOTABLE_BINARY2, VOTABLE_TABLEDATA, VOTABLE_BINARY, CSV, TSV, JSON, FITS);

    /** The format a FORMAT/RESPONSEFORMAT value names; empty for an unknown one. Null or blank means the default. */
    public static Optional<ResultFormat> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(VOTABLE_BINARY2);
        }
        String wanted = value.toLowerCase(Locale.ROOT).replace(" ", "");
        return ALL.stream().filter(f -> f.aliases().contains(wanted)).findFirst();
    }

    /** Every alias of every format, for error messages. */
    public static String known() {
        return String.join(", ", ALL.stream().flatMap(f -> f.aliases().stream()).toList());
    }
}
