// SPDX-License-Identifier: Apache-2.0
package org.meridian.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A {@code multipart/form-data} body as clients send it: text fields, then file parts.
 *
 * @param contentType the request's Content-Type header, boundary parameter included
 */
public record Multipart(String contentType, byte[] body) {

    /** With the boundary quoted in the header. */
    public static Multipart of(Map<String, String> fields, Map<String, byte[]> files) {
        String boundary = "meridian-test-" + System.nanoTime();
        return new Multipart("multipart/form-data; boundary=\"" + boundary + "\"", body(boundary, fields, files));
    }

    /** With the boundary unquoted in the header whatever it holds, as astroquery's TapPlus sends it. */
    public static Multipart unquoted(String boundary, Map<String, String> fields, Map<String, byte[]> files) {
        return new Multipart("multipart/form-data; boundary=" + boundary, body(boundary, fields, files));
    }

    private static byte[] body(String boundary, Map<String, String> fields, Map<String, byte[]> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, bytes) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                            + name + "\"\r\nContent-Type: application/x-votable+xml\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bytes);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
