// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import io.javalin.http.Context;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.meridian.core.auth.Caller;
import org.meridian.vo.dali.DaliParams;
import org.meridian.web.auth.CallerResolver;

/**
 * {@code /data-server/data}: the products of the selected sources, streamed from the database as
 * they are written (a range of 10^5 sources never sits in memory). INDIVIDUAL writes a file per
 * source and product named as Gaia names them ({@code EPOCH_PHOTOMETRY-Gaia DR3 <id>.xml}), zipped
 * when there are several or USE_ZIP_ALWAYS is set; RAW (and COMBINED) one file per product for all
 * sources ({@code EPOCH_PHOTOMETRY_RAW.xml}). Everything that can be refused is checked before the
 * first byte goes out, so a refusal is a clean 4xx.
 */
final class DataHandler {

    private static final int BUFFER = 1 << 16;

    private final Products products;
    private final CallerResolver callers;

    DataHandler(Products products, CallerResolver callers) {
        this.products = products;
        this.callers = callers;
    }

    /** One product whose rows will be written. */
    private record Part(RetrievalType type, ProductColumns columns) {}

    void handle(Context ctx) throws Exception {
        DataRequest request = DataRequest.of(DaliParams.of(ctx, DataServerException::new));
        Caller caller = callers.of(ctx);
        SourceSelection selection = products.resolve(request.selection(), caller);
        Where where = Products.where(selection);
        Release release = selection.release();
        try (Connection c = products.db().connection()) {
            c.setAutoCommit(false); // a streaming cursor lives in a transaction
            List<Part> parts = new ArrayList<>();
            int files = 0;
            Long onlySource = null;
            for (RetrievalType type : request.types()) {
                Optional<ProductColumns> columns = products.columns(c, release, type);
                if (columns.isEmpty()) {
                    if (!request.all()) {
                        throw new DataServerException(404, release.name() + " has no " + type + " products");
                    }
                    continue;
                }
                Set<Long> found = Products.sourcesWithRows(c, columns.get(), type, where, request.validOnly(), 2);
                if (found.isEmpty()) {
                    continue;
                }
                parts.add(new Part(type, columns.get()));
                files += request.structure() == DataRequest.Structure.INDIVIDUAL ? found.size() : 1;
                onlySource = found.iterator().next();
            }
            if (parts.isEmpty() && request.structure() == DataRequest.Structure.INDIVIDUAL) {
                throw new DataServerException(
                        404, "no " + names(request) + " data for the requested " + release.name() + " sources");
            }
            if (parts.isEmpty()) {
                // RAW of a selection without rows: one empty table, so the client still reads its columns.
                Optional<ProductColumns> columns =
                        products.columns(c, release, request.types().get(0));
                parts.add(new Part(request.types().get(0), columns.orElseThrow()));
                files = 1;
            }
            boolean zip = request.zipAlways() || files > 1;
            if (zip) {
                ctx.contentType("application/zip");
                ctx.header("Content-Disposition", "attachment; filename=\"" + zipName(request, release) + "\"");
                try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(ctx.outputStream(), BUFFER))) {
                    // The fastest deflate level: binary VOTables still halve, at a rate that keeps up with the rows.
                    out.setLevel(Deflater.BEST_SPEED);
                    for (Part part : parts) {
                        writeZipped(c, part, request, release, where, out);
                    }
                }
            } else {
                Part part = parts.get(0);
                String name = request.structure() == DataRequest.Structure.INDIVIDUAL
                        ? individualName(part.type(), release, onlySource, request.format())
                        : rawName(part.type(), request);
                ctx.contentType(request.format().mime());
                ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
                OutputStream out = new BufferedOutputStream(ctx.outputStream(), BUFFER);
                try (ProductCursor cursor =
                        ProductCursor.open(c, part.columns(), part.type(), where, request.validOnly())) {
                    request.format().write(SourceRows.all(cursor, part.columns(), name), out);
                }
                out.flush();
            }
            c.commit();
        }
    }

    private static void writeZipped(
            Connection c, Part part, DataRequest request, Release release, Where where, ZipOutputStream zip)
            throws SQLException, IOException {
        try (ProductCursor cursor = ProductCursor.open(c, part.columns(), part.type(), where, request.validOnly())) {
            if (request.structure() != DataRequest.Structure.INDIVIDUAL) {
                String name = rawName(part.type(), request);
                zip.putNextEntry(new ZipEntry(name));
                request.format().write(SourceRows.all(cursor, part.columns(), name), zip);
                zip.closeEntry();
                return;
            }
            while (cursor.hasRow()) {
                String name = individualName(part.type(), release, cursor.sourceId(), request.format());
                zip.putNextEntry(new ZipEntry(name));
                request.format().write(SourceRows.nextSource(cursor, part.columns(), name), zip);
                zip.closeEntry();
            }
            if (cursor.failure() != null) {
                throw new IOException("reading " + part.type() + " failed midway", cursor.failure());
            }
        }
    }

    /** Gaia's name for one source's product file, e.g. {@code RVS-Gaia DR3 30343944744320.xml}. */
    static String individualName(RetrievalType type, Release release, long sourceId, ProductFormat format) {
        return type.name() + "-" + release.designation(sourceId) + "." + format.extension();
    }

    /** Gaia's name for a product's file of all sources, e.g. {@code EPOCH_PHOTOMETRY_RAW.xml}. */
    static String rawName(RetrievalType type, DataRequest request) {
        return type.name() + "_" + request.structure().name() + "."
                + request.format().extension();
    }

    private static String zipName(DataRequest request, Release release) {
        return release.name().replace(' ', '_') + "_" + names(request) + ".zip";
    }

    private static String names(DataRequest request) {
        return request.all() ? "ALL" : request.types().get(0).name();
    }
}
