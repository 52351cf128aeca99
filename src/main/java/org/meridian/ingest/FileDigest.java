// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

/**
 * Sizes and MD5 sums of a file as stored and of its data uncompressed, as the Gemini archive lists
 * them ({@code file_md5}, {@code data_md5}, {@code file_size}, {@code data_size}).
 *
 * @param compression {@code bzip2}, {@code gzip}, {@code fpack} or null; fpack files are FITS
 *     already, so their data is the file itself
 */
public record FileDigest(String compression, long fileSize, String fileMd5, long dataSize, String dataMd5) {

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
}
