// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.archive.StoredFile;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.lco.archive.thumbnails.FitsUnpacking;

/**
 * {@code POST /frames/zip/}: the selected frames' newest versions in one zip, streamed as it is
 * written (the archive answers with an nginx mod_zip manifest; here the server zips itself). With
 * {@code uncompress}, fpack and bzip2 files are unpacked to plain FITS (at most 10 frames).
 */
public record ZipHandler(FrameStore frames, ArchiveFiles files, Callers callers, Clock clock) {

    static final int MAX_UNCOMPRESSED = 10;

    public void zip(Context ctx) throws Exception {
        Request request = request(ctx);
        Caller caller = request.authToken() == null ? callers.of(ctx) : callers.ofToken(request.authToken());
        if (request.frameIds().isEmpty()) {
            throw ApiException.field("frame_ids", "This field is required.");
        }
        if (request.uncompress() && request.frameIds().size() > MAX_UNCOMPRESSED) {
            throw ApiException.field(
                    "frame_ids", "Uncompressed downloads are limited to " + MAX_UNCOMPRESSED + " frames.");
        }
        List<FrameRow> chosen = new ArrayList<>();
        for (long id : request.frameIds()) {
            FrameRow frame = frames.byId(caller, id).orElseThrow(ApiException::notFound);
            if (request.catalogOnly()) {
                frames.related(caller, id).stream()
                        .filter(f -> "CATALOG".equals(f.configurationType()))
                        .forEach(chosen::add);
            } else {
                chosen.add(frame);
            }
        }
        String name = "ocs_archive_data-"
                + DateTimeFormatter.BASIC_ISO_DATE.format(clock.instant().atZone(ZoneOffset.UTC)) + "-" + chosen.size()
                + ".zip";
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        OutputStream out = ctx.outputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (FrameRow frame : chosen) {
                if (frame.versions().isEmpty()) {
                    continue;
                }
                StoredFile file =
                        files.version(frame.versions().getFirst().id()).orElseThrow(ApiException::notFound);
                String dir = "ocs_archive_data/";
                boolean expand = request.uncompress() && file.compression() != null;
                try (InputStream in =
                        expand ? files.openData(caller, file) : files.open(caller, file, 0, file.fileSize())) {
                    if (expand) {
                        zip.putArchiveEntry(new ZipArchiveEntry(dir + frame.basename() + ".fits"));
                        FitsUnpacking.writePlainFits(in, zip);
                    } else {
                        zip.putArchiveEntry(new ZipArchiveEntry(dir + file.filename()));
                        in.transferTo(zip);
                    }
                }
                zip.closeArchiveEntry();
            }
        }
    }

    record Request(List<Long> frameIds, boolean uncompress, boolean catalogOnly, String authToken) {}

    private static Request request(Context ctx) {
        if (JsonBodies.isJson(ctx)) {
            JsonNode node = JsonBodies.parse(ctx);
            Set<Long> ids = new LinkedHashSet<>();
            for (JsonNode id : node.path("frame_ids")) {
                ids.add(id.isNumber() ? id.asLong() : parseId(id.asText()));
            }
            String token =
                    node.hasNonNull("auth_token") ? node.get("auth_token").asText() : null;
            return new Request(
                    List.copyOf(ids),
                    node.path("uncompress").asBoolean(false),
                    node.path("catalog_only").asBoolean(false),
                    token);
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String v : ctx.formParams("frame_ids")) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    ids.add(parseId(part.trim()));
                }
            }
        }
        String token = ctx.formParam("auth_token");
        return new Request(
                List.copyOf(ids),
                flag(ctx.formParam("uncompress")),
                flag(ctx.formParam("catalog_only")),
                token == null || token.isBlank() ? null : token);
    }

    private static long parseId(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiException.field("frame_ids", "A valid integer is required.");
        }
    }

    private static boolean flag(String v) {
        return v != null && FrameFilters.bool("uncompress", v);
    }
}
