// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON text as Python's {@code json.dumps} (ensure_ascii) writes it, built as bytes: everything
 * outside printable ASCII is escaped, so the text is ASCII and each character is one byte. A
 * listing writes hundreds of kilobytes per request; building bytes directly spares a char buffer
 * and the String-to-bytes copy per run (both showed in the request profile).
 */
public final class AsciiJson {

    private byte[] buf;
    private int size;

    public AsciiJson(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    public int size() {
        return size;
    }

    /** Text known to be ASCII and already JSON (punctuation, indents, pre-built keys). */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): lossy only beyond ASCII
    public AsciiJson raw(String ascii) {
        int n = ascii.length();
        ensure(n);
        ascii.getBytes(0, n, buf, size);
        size += n;
        return this;
    }

    public AsciiJson raw(byte[] ascii) {
        ensure(ascii.length);
        System.arraycopy(ascii, 0, buf, size, ascii.length);
        size += ascii.length;
        return this;
    }

    public AsciiJson raw(char c) {
        ensure(1);
        buf[size++] = (byte) c;
        return this;
    }

    public AsciiJson nul() {
        return raw("null");
    }

    public AsciiJson bool(boolean b) {
        return raw(b ? "true" : "false");
    }

    public AsciiJson number(long n) {
        if (n >= 0 && n < 10) {
            return raw((char) ('0' + n));
        }
        return raw(Long.toString(n));
    }

    /** A float as Python's {@code repr}: {@code 1.0}, {@code 1e-05}, {@code NaN}. */
    public AsciiJson number(double d) {
        return raw(PythonStr.floatRepr(d));
    }

    /** A quoted, escaped string. */
    public AsciiJson string(CharSequence cs) {
        String s = cs.toString();
        int n = s.length();
        ensure(n + 2);
        buf[size++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < PLAIN.length && PLAIN[c]) {
                buf[size++] = (byte) c;
            } else {
                escape(c);
                ensure(n - i + 1);
            }
        }
        buf[size++] = '"';
        return this;
    }

    /**
     * A quoted string given as UTF-8 bytes, as the database sends text: plain ASCII is copied as it
     * is, and only text with something to escape is decoded (escapes are per UTF-16 unit, as Python's).
     */
    public AsciiJson utf8String(byte[] utf8) {
        for (byte b : utf8) {
            if (b < 0 || !PLAIN[b]) {
                return string(new String(utf8, StandardCharsets.UTF_8));
            }
        }
        ensure(utf8.length + 2);
        buf[size++] = '"';
        System.arraycopy(utf8, 0, buf, size, utf8.length);
        size += utf8.length;
        buf[size++] = '"';
        return this;
    }

    /** Sends the text built so far and empties the buffer. */
    public void drainTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
        size = 0;
    }

    /** As {@link #drainTo(OutputStream)}, for a character sink (each byte is one ASCII character). */
    public void drainTo(Writer out) throws IOException {
        out.write(new String(buf, 0, size, StandardCharsets.ISO_8859_1));
        size = 0;
    }

    /** The text built so far, which stays in the buffer. */
    @Override
    public String toString() {
        return new String(buf, 0, size, StandardCharsets.ISO_8859_1);
    }

    /** Forgets everything after the first {@code length} bytes. */
    public void truncate(int length) {
        size = Math.min(size, length);
    }

    /** The bytes from {@code start} to the end, which stay in the buffer. */
    public byte[] copyFrom(int start) {
        return Arrays.copyOfRange(buf, start, size);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(size + more, 2 * buf.length));
        }
    }

    /**
     * The characters Python's {@code json.dumps} (ensure_ascii) writes as they are: printable ASCII
     * from space to {@code ~} except the quote and the backslash. DEL and everything above is escaped.
     */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = ' '; c <= '~'; c++) {
            PLAIN[c] = c != '"' && c != '\\';
        }
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** Python's escape for {@code c}: the short forms, else {@code \\uXXXX} (UTF-16 units, as Python). */
    private void escape(char c) {
        switch (c) {
            case '"' -> raw("\\\"");
            case '\\' -> raw("\\\\");
            case '\n' -> raw("\\n");
            case '\r' -> raw("\\r");
            case '\t' -> raw("\\t");
            case '\b' -> raw("\\b");
            case '\f' -> raw("\\f");
            default -> {
                ensure(6);
                buf[size++] = '\\';
                buf[size++] = 'u';
                buf[size++] = HEX[(c >> 12) & 0xf];
                buf[size++] = HEX[(c >> 8) & 0xf];
                buf[size++] = HEX[(c >> 4) & 0xf];
                buf[size++] = HEX[c & 0xf];
            }
        }
    }
}
