// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An answer as the matrix searches it: its status and every byte a client could read from it, zip
 * members expanded (a zip may deflate what it carries).
 */
record Answer(int status, String contentType, byte[] bytes) {

    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (org\\.meridian|java\\.|io\\.javalin|org\\.eclipse)\\.|org\\.postgresql\\.util|Exception:");

    static Answer of(int status, String contentType, byte[] body) {
        return new Answer(status, contentType, expandZip(body));
    }

    boolean contains(String marker) {
        return indexOf(bytes, marker.getBytes(StandardCharsets.UTF_8)) >= 0;
    }

    boolean contains(byte[] marker) {
        return indexOf(bytes, marker) >= 0;
    }

    boolean success() {
        return status >= 200 && status < 300;
    }

    boolean refused() {
        return status == 401 || status == 403 || status == 404;
    }

    /** A Java or SQL error text, which no answer may carry. */
    boolean showsStackTrace() {
        return STACK_TRACE
                .matcher(new String(bytes, StandardCharsets.ISO_8859_1))
                .find();
    }

    private static byte[] expandZip(byte[] body) {
        if (body.length < 4 || body[0] != 'P' || body[1] != 'K' || body[2] != 3 || body[3] != 4) {
            return body;
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                all.writeBytes(e.getName().getBytes(StandardCharsets.UTF_8));
                all.writeBytes(zip.readAllBytes());
            }
        } catch (IOException notAZip) {
            // searched as it came
        }
        return all.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
