// SPDX-License-Identifier: Apache-2.0
package org.meridian.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A {@code multipart/form-data} body as clients send it: text fields, then file parts.
 *
 * @param contentType the request's Content-Type header, boundary parameter included
 */
public record Multipart(String contentType, byte[] body) {

    /** A file part: its form field, the file name and Content-Type the client gives, its bytes. */
    public record File(String field, String filename, String contentType, byte[] bytes) {

        /** As most clients send a VOTable: the field's name as the file name. */
        static File votable(String field, byte[] bytes) {
            return new File(field, field, "application/x-votable+xml", bytes);
        }
    }

    /** With the boundary quoted in the header. */
    public static Multipart of(Map<String, String> fields, Map<String, byte[]> files) {
        String boundary = "meridian-test-" + System.nanoTime();
        return quoted(boundary, fields, votables(files));
    }

    /** With this boundary, quoted in the header. */
    public static Multipart quoted(String boundary, Map<String, String> fields, List<File> files) {
        return new Multipart("multipart/form-data; boundary=\"" + boundary + "\"", body(boundary, fields, files));
    }

    /** With the boundary unquoted in the header whatever it holds, as astroquery's TapPlus sends it. */
    public static Multipart unquoted(String boundary, Map<String, String> fields, Map<String, byte[]> files) {
        return unquoted(boundary, fields, votables(files));
    }

    /** With the boundary unquoted in the header, and file parts as given. */
    public static Multipart unquoted(String boundary, Map<String, String> fields, List<File> files) {
        return new Multipart("multipart/form-data; boundary=" + boundary, body(boundary, fields, files));
    }

    private static List<File> votables(Map<String, byte[]> files) {
        return files.entrySet().stream()
                .map(f -> File.votable(f.getKey(), f.getValue()))
                .toList();
    }

    private static byte[] body(String boundary, Map<String, String> fields, List<File> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        for (File file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                            + "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: " + file.contentType()
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
