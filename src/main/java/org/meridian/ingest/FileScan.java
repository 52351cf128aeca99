// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * One pass over a file for both its headers and its checksums: a bzip2 file is decompressed once,
 * not once for the MD5 of its data and again for its headers.
 */
public record FileScan(FitsHeaders headers, FileDigest digest) {

    public static FileScan of(Path file) throws BadFileException, IOException {
        String name = file.getFileName().toString();
        String compression = FileDigest.compressionOf(name);
        MessageDigest fileMd5 = md5();
        MessageDigest dataMd5 = md5();
        try (InputStream raw = new DigestInputStream(Files.newInputStream(file), fileMd5);
                InputStream buffered = new BufferedInputStream(raw, 1 << 16)) {
            boolean transport = compression != null && !compression.equals("fpack");
            InputStream decompressed = transport ? FitsHeaderReader.decompressing(buffered, name) : buffered;
            BoundedInputStream counted = BoundedInputStream.builder()
                    .setInputStream(new DigestInputStream(decompressed, dataMd5))
                    .get();
            FitsHeaders headers = FitsHeaderReader.read(new BufferedInputStream(counted, 1 << 16), name);
            counted.transferTo(OutputStream.nullOutputStream()); // trailing bytes still count
            buffered.transferTo(OutputStream.nullOutputStream());
            String fileHex = hex(fileMd5);
            FileDigest digest = transport
                    ? new FileDigest(compression, Files.size(file), fileHex, counted.getCount(), hex(dataMd5))
                    : new FileDigest(compression, Files.size(file), fileHex, Files.size(file), fileHex);
            return new FileScan(headers, digest);
        } catch (NoSuchFileException e) {
            throw new BadFileException("no such file: " + file);
        } catch (RuntimeException e) {
            // commons-compress's bzip2 decoder can throw on corrupt blocks (found by fuzzing): a bad file.
            throw new BadFileException(
                    "corrupt " + (compression == null ? "file " : compression + " compression in ") + name, e);
        }
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
