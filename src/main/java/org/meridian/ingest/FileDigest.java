// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Sizes and MD5 sums of a file as stored and of its data uncompressed, as the Gemini archive lists
 * them ({@code file_md5}, {@code data_md5}, {@code file_size}, {@code data_size}).
 *
 * @param compression {@code bzip2}, {@code gzip}, {@code fpack} or null; fpack files are FITS
 *     already, so their data is the file itself
 */
public record FileDigest(String compression, long fileSize, String fileMd5, long dataSize, String dataMd5) {

    public static FileDigest of(Path file) throws IOException {
        String name = file.getFileName().toString();
        String compression = compressionOf(name);
        MessageDigest fileMd5 = md5();
        long fileSize = Files.size(file);
        if (compression == null || compression.equals("fpack")) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), fileMd5)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            String hex = hex(fileMd5);
            return new FileDigest(compression, fileSize, hex, fileSize, hex);
        }
        MessageDigest dataMd5 = md5();
        long dataSize;
        try (InputStream raw = new DigestInputStream(Files.newInputStream(file), fileMd5);
                InputStream data = new DigestInputStream(decompress(raw, compression), dataMd5)) {
            dataSize = data.transferTo(OutputStream.nullOutputStream());
            raw.transferTo(OutputStream.nullOutputStream()); // trailing bytes count toward the file md5
        }
        return new FileDigest(compression, fileSize, hex(fileMd5), dataSize, hex(dataMd5));
    }

    /** The compression a file name announces: {@code .bz2}, {@code .gz}, {@code .fz}, or none. */
    public static String compressionOf(String name) {
        if (name.endsWith(".bz2")) {
            return "bzip2";
        }
        if (name.endsWith(".gz")) {
            return "gzip";
        }
        if (name.endsWith(".fz")) {
            return "fpack";
        }
        return null;
    }

    /** The dataset name: the file name without a {@code .bz2} or {@code .gz} suffix. */
    public static String datasetName(String filename) {
        if (filename.endsWith(".bz2")) {
            return filename.substring(0, filename.length() - 4);
        }
        if (filename.endsWith(".gz")) {
            return filename.substring(0, filename.length() - 3);
        }
        return filename;
    }

    public static InputStream decompress(InputStream in, String compression) throws IOException {
        return switch (compression) {
            case "bzip2" -> new BZip2CompressorInputStream(in, true);
            case "gzip" -> new GZIPInputStream(in, 65536);
            default -> in;
        };
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest d) {
        return HexFormat.of().formatHex(d.digest());
    }
}
