// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.datalink;

import java.io.IOException;
import java.io.OutputStream;
import org.meridian.vo.output.QueryResult;
import org.meridian.vo.output.ResultFormat;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowListStarTable;

/**
 * A DataLink answer as JSON ({@code RESPONSEFORMAT=json}, which ESO's DataLink takes): the links
 * table in the archive's one JSON result shape ({@code vo.output}), without the descriptors.
 */
public final class DatalinkJson {

    private DatalinkJson() {}

    public static void write(DatasetLinks.Answer answer, OutputStream out) throws IOException {
        RowListStarTable table = new RowListStarTable(new ColumnInfo[] {
            text("ID", "meta.id;meta.main"),
            text("access_url", "meta.ref.url"),
            text("service_def", "meta.ref"),
            text("error_message", "meta.code.error"),
            text("semantics", "meta.code"),
            text("description", "meta.note"),
            text("content_type", "meta.code.mime"),
            column("content_length", Long.class, "phys.size;meta.file"),
            text("content_qualifier", "meta.code.class"),
            text("local_semantics", "meta.code"),
            text("link_auth", "meta.code"),
            column("link_authorized", Boolean.class, "meta.code"),
        });
        for (Link l : answer.links()) {
            table.addRow(new Object[] {
                l.id(),
                l.accessUrl(),
                l.serviceDef(),
                l.errorMessage(),
                l.semantics(),
                l.description(),
                l.contentType(),
                l.contentLength(),
                l.contentQualifier(),
                l.localSemantics(),
                l.linkAuth(),
                l.linkAuthorized()
            });
        }
        ResultFormat.JSON.writer().write(QueryResult.complete(table), "", out);
    }

    private static ColumnInfo text(String name, String ucd) {
        return column(name, String.class, ucd);
    }

    private static ColumnInfo column(String name, Class<?> type, String ucd) {
        ColumnInfo c = new ColumnInfo(name, type, null);
        c.setUCD(ucd);
        return c;
    }
}
