// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes values exactly as Python's {@code json.dumps(value, indent=4)} does, which is what the
 * Gemini archive sends: four-space indents, {@code ", "}-free line ends, {@code ": "} after keys,
 * {@code []}/{@code {}} for empty containers, non-ASCII escaped as {@code \\uXXXX} and floats in
 * Python's {@code repr} form. Values are null, Boolean, Number, CharSequence, Map or Collection.
 */
public final class PythonJson {

    private static final int DRAIN_AT = 16 * 1024;

    /** Where drained text goes: a Writer, or an OutputStream taking the (all-ASCII) text as bytes. */
    private final Writer out;

    private final OutputStream bytes;
    private final int indent;
    private String[] lineStarts = new String[8];
    private final StringBuilder buf = new StringBuilder(2 * DRAIN_AT);
    private char[] chunk = new char[2 * DRAIN_AT];

    /** @param indent spaces per level, or -1 for Python's compact default ({@code ", "} and {@code ": "}) */
    public PythonJson(Writer out, int indent) {
        this.out = out;
        this.bytes = null;
        this.indent = indent;
    }

    /**
     * Writes to a byte stream: the output is ASCII by construction (everything else is escaped), so
     * its characters are its bytes and no encoder or char buffer sits in between.
     */
    public PythonJson(OutputStream out, int indent) {
        this.out = null;
        this.bytes = out;
        this.indent = indent;
    }

    /** Writes a whole value; nested containers start at indent {@code level}. */
    public void write(Object value, int level) throws IOException {
        value(value, level);
        drain();
    }

    private void value(Object value, int level) throws IOException {
        switch (value) {
            case null -> buf.append("null");
            case String s -> writeString(s); // the commonest value: tested first
            case Boolean b -> buf.append(b ? "true" : "false");
            case Double d -> buf.append(PythonStr.floatRepr(d));
            case Float f -> buf.append(PythonStr.floatRepr(f.doubleValue()));
            case Number n -> buf.append(n.toString());
            case CharSequence s -> writeString(s);
            case Map<?, ?> m -> writeMap(m, level);
            case Collection<?> c -> writeList(c, level);
            default -> writeString(value.toString());
        }
    }

    private void writeMap(Map<?, ?> map, int level) throws IOException {
        if (map.isEmpty()) {
            buf.append("{}");
            return;
        }
        buf.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                buf.append(indent < 0 ? ", " : ",");
            }
            first = false;
            newline(level + 1);
            buf.append(keyText(e.getKey()));
            value(e.getValue(), level + 1);
        }
        newline(level);
        buf.append('}');
    }

    private void writeList(Collection<?> list, int level) throws IOException {
        if (list.isEmpty()) {
            buf.append("[]");
            return;
        }
        buf.append('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                buf.append(indent < 0 ? ", " : ",");
            }
            first = false;
            newline(level + 1);
            value(item, level + 1);
        }
        newline(level);
        buf.append(']');
    }

    /** Starts a streamed top-level list; call {@link #item} per element and {@link #endList} at the end. */
    public void startList() throws IOException {
        buf.append('[');
    }

    public void item(Object value, boolean first) throws IOException {
        if (!first) {
            buf.append(indent < 0 ? ", " : ",");
        }
        newline(1);
        value(value, 1);
        if (buf.length() >= DRAIN_AT) {
            drain();
        }
    }

    public void endList(boolean empty) throws IOException {
        if (!empty) {
            newline(0);
        }
        buf.append(']');
        drain();
    }

    /**
     * Hands the text built so far to the writer in one call: building in an unsynchronised
     * StringBuilder and writing large runs costs far less than a (locking) Writer call per token.
     */
    private void drain() throws IOException {
        if (bytes != null) {
            bytes.write(buf.toString().getBytes(StandardCharsets.ISO_8859_1));
            buf.setLength(0);
            return;
        }
        int n = buf.length();
        if (chunk.length < n) {
            chunk = new char[Math.max(n, 2 * chunk.length)];
        }
        buf.getChars(0, n, chunk, 0);
        out.write(chunk, 0, n);
        buf.setLength(0);
    }

    private void newline(int level) throws IOException {
        if (indent < 0) {
            return;
        }
        buf.append(lineStart(level));
    }

    /** A newline and the indent of {@code level}, built once per level: output is written in runs, not by character. */
    private String lineStart(int level) {
        if (level >= lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, level + 8);
        }
        String s = lineStarts[level];
        if (s == null) {
            s = "\n" + " ".repeat(indent * level);
            lineStarts[level] = s;
        }
        return s;
    }

    /**
     * A key as written before its value, {@code "key": }, built once per key: every row of a listing
     * repeats the same few dozen keys. The cache is bounded in case a caller's maps have endless keys.
     */
    private String keyText(Object key) {
        String text = keyTexts.get(key);
        if (text == null) {
            int start = buf.length();
            writeString(String.valueOf(key));
            buf.append(": ");
            text = buf.substring(start);
            buf.setLength(start);
            if (keyTexts.size() < MAX_CACHED_KEYS) {
                keyTexts.put(key, text);
            }
        }
        return text;
    }

    private static final int MAX_CACHED_KEYS = 512;
    private final Map<Object, String> keyTexts = new HashMap<>();

    /** Writes the unescaped runs of {@code s} whole: most values need no escape at all. */
    private void writeString(CharSequence cs) {
        String s = cs.toString();
        int i = 0;
        while (i < s.length() && s.charAt(i) < PLAIN.length && PLAIN[s.charAt(i)]) {
            i++;
        }
        if (i == s.length()) {
            buf.append('"').append(s).append('"');
            return;
        }
        buf.append('"');
        int run = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < PLAIN.length && PLAIN[c]) {
                continue;
            }
            buf.append(s, run, i);
            appendEscape(c);
            run = i + 1;
        }
        buf.append(s, run, s.length());
        buf.append('"');
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

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Python's escape for {@code c}: the short forms, else {@code \\uXXXX} (UTF-16 units, as Python). */
    private void appendEscape(char c) {
        switch (c) {
            case '"' -> buf.append("\\\"");
            case '\\' -> buf.append("\\\\");
            case '\n' -> buf.append("\\n");
            case '\r' -> buf.append("\\r");
            case '\t' -> buf.append("\\t");
            case '\b' -> buf.append("\\b");
            case '\f' -> buf.append("\\f");
            default ->
                buf.append("\\u")
                        .append(HEX[(c >> 12) & 0xf])
                        .append(HEX[(c >> 8) & 0xf])
                        .append(HEX[(c >> 4) & 0xf])
                        .append(HEX[c & 0xf]);
        }
    }
}
