// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive.thumbnails;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.archive.StoredFile;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.lco.archive.ApiException;
import org.meridian.dialect.lco.archive.Callers;
import org.meridian.dialect.lco.archive.FrameRow;
import org.meridian.dialect.lco.archive.FrameStore;
import org.meridian.dialect.lco.archive.UrlSigner;
import org.meridian.store.FileStore;
import org.meridian.store.SqlFragment;
import org.meridian.web.RequestUrls;

/**
 * {@code GET /thumbnails/{frame id or basename}/}: a JPEG of the frame made as docs/lco-archive.md says, cached in the
 * FileStore under the frame version(s) and the parameters, answered with a signed URL (or a redirect
 * to it with {@code image}). The caller's Authorization decides visibility exactly as for frames.
 */
public final class ThumbnailHandler {

    static final Set<String> TYPES = Set.of(
            "ARC",
            "BIAS",
            "BPM",
            "DARK",
            "DOUBLE",
            "EXPERIMENTAL",
            "EXPOSE",
            "GUIDE",
            "LAMPFLAT",
            "SKYFLAT",
            "SPECTRUM",
            "STANDARD",
            "TARGET",
            "TRAILED");
    static final Set<String> COLOR_TYPES = Set.of("EXPOSE", "STANDARD");

    private final FrameStore frames;
    private final ArchiveFiles files;
    private final FileStore store;
    private final UrlSigner signer;
    private final Callers callers;

    public ThumbnailHandler(FrameStore frames, ArchiveFiles files, FileStore store, UrlSigner signer, Callers callers) {
        this.frames = frames;
        this.files = files;
        this.store = store;
        this.signer = signer;
        this.callers = callers;
    }

    public void thumbnail(Context ctx) throws Exception {
        Caller caller = callers.of(ctx);
        ThumbnailParams params = ThumbnailParams.parse(ctx::queryParam);
        FrameRow frame = frame(caller, ctx.pathParam("frame"));
        check(frame, params);
        List<FrameRow> sources = params.color() ? rvb(caller, frame) : List.of(frame);
        String name = frame.id() + "." + digest(sources, params) + ".jpg";
        String key = "thumbnails/" + name;
        if (!store.exists(key)) {
            byte[] jpeg = render(caller, sources, params);
            Path tmp = Files.createTempFile("thumb", ".jpg");
            try {
                Files.write(tmp, jpeg);
                store.put(key, tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        String url = RequestUrls.base(ctx) + "/thumbnails/cache/" + name + "?"
                + signer.sign(resource(name), UrlSigner.THUMBNAIL_LIFETIME);
        if (params.image()) {
            ctx.redirect(url);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("propid", frame.proposalId());
        body.put("url", url);
        ctx.json(body);
    }

    /** {@code GET /thumbnails/cache/{name}.jpg?expires&signature}: a generated JPEG, by signed link. */
    public void cached(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        if (!name.matches("\\d+\\.[0-9a-f]{40}\\.jpg")
                || !signer.verify(resource(name), ctx.queryParam("expires"), ctx.queryParam("signature"))) {
            throw new ApiException(403, Map.of("message", "Invalid or expired thumbnail link"));
        }
        String key = "thumbnails/" + name;
        if (!store.exists(key)) {
            throw new ApiException(404, Map.of("message", "Thumbnail not found"));
        }
        ctx.contentType("image/jpeg");
        try (InputStream in = store.open(key)) {
            in.transferTo(ctx.outputStream());
        }
    }

    private FrameRow frame(Caller caller, String idOrBasename) throws Exception {
        SqlFragment where = idOrBasename.matches("\\d{1,18}")
                ? SqlFragment.of("o.id = ?", Long.parseLong(idOrBasename))
                : SqlFragment.of("o.obs_key = ?", idOrBasename);
        List<FrameRow> found = frames.page(FrameStore.visible(caller).and(where), "o.id", 2, 0);
        if (found.size() != 1) {
            throw new ApiException(404, Map.of("message", "Frame not found"));
        }
        return found.getFirst();
    }

    private static void check(FrameRow f, ThumbnailParams params) {
        String filename = f.versions().isEmpty()
                ? null
                : f.basename() + f.versions().getFirst().extension();
        if (f.configurationType() == null || f.requestId() == null || filename == null) {
            throw cannot("Frame has no configuration type, request id or file");
        }
        if (!TYPES.contains(f.configurationType())) {
            throw cannot("Cannot generate a thumbnail of a " + f.configurationType() + " frame");
        }
        if (!filename.endsWith(".fits") && !filename.endsWith(".fits.fz") && !filename.endsWith(".fits.bz2")) {
            throw cannot("Cannot generate a thumbnail of " + filename);
        }
        if (params.color() && !COLOR_TYPES.contains(f.configurationType())) {
            throw cannot("Colour thumbnails need an EXPOSE or STANDARD frame");
        }
    }

    /** The red (R or rp), visual (V) and blue (B) reduced frames of the frame's request. */
    private List<FrameRow> rvb(Caller caller, FrameRow frame) throws Exception {
        List<FrameRow> all = frames.page(
                FrameStore.listable(caller)
                        .and(SqlFragment.of("o.request_id = ? and o.reduction_level = 91", frame.requestId())),
                "o.id",
                1000,
                0);
        FrameRow r = pick(all, Set.of("R", "rp"));
        FrameRow v = pick(all, Set.of("V"));
        FrameRow b = pick(all, Set.of("B"));
        if (r == null || v == null || b == null) {
            throw new ApiException(404, Map.of("message", "RVB frames not found"));
        }
        return List.of(r, v, b);
    }

    private static FrameRow pick(List<FrameRow> frames, Set<String> filters) {
        return frames.stream()
                .filter(f -> filters.contains(f.primaryOpticalElement())
                        && !f.versions().isEmpty())
                .findFirst()
                .orElse(null);
    }

    private byte[] render(Caller caller, List<FrameRow> sources, ThumbnailParams params) throws Exception {
        if (sources.size() == 1) {
            FitsUnpacking.Image image = read(caller, sources.getFirst());
            byte[] grey =
                    AutoScale.scale(image.pixels(), image.width(), image.height(), AutoScale.range(image.pixels()));
            if (params.median()) {
                grey = AutoScale.medianStretch(grey, params.percentile());
            }
            return JpegRenderer.render(
                    List.of(grey),
                    image.width(),
                    image.height(),
                    params.width(),
                    params.height(),
                    params.label(),
                    params.quality());
        }
        ColorComposite.Channels c = ColorComposite.of(
                read(caller, sources.get(0)), read(caller, sources.get(1)), read(caller, sources.get(2)));
        List<byte[]> rgb = params.median()
                ? c.rgb().stream()
                        .map(ch -> AutoScale.medianStretch(ch, params.percentile()))
                        .toList()
                : c.rgb();
        return JpegRenderer.render(
                rgb, c.width(), c.height(), params.width(), params.height(), params.label(), params.quality());
    }

    private FitsUnpacking.Image read(Caller caller, FrameRow frame) throws Exception {
        StoredFile file = files.version(frame.versions().getFirst().id()).orElseThrow();
        if (!files.mayRead(caller, file)) {
            throw new ApiException(404, Map.of("message", "Frame not found"));
        }
        try (InputStream in = files.openData(caller, file)) {
            return FitsUnpacking.firstImage(in);
        } catch (IOException e) {
            throw cannot("Cannot read the image of " + frame.basename() + ": " + e.getMessage());
        }
    }

    private static ApiException cannot(String message) {
        return new ApiException(400, Map.of("message", message));
    }

    static String resource(String name) {
        return "thumbnail:" + name;
    }

    /** The cache key: the exact versions drawn and the parameters (like the service's blake2b of its params). */
    static String digest(List<FrameRow> sources, ThumbnailParams params) {
        StringBuilder text = new StringBuilder();
        for (FrameRow f : sources) {
            text.append(f.versions().getFirst().id()).append(',');
        }
        text.append(params.cacheKeyText());
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
