// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
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

    /** Where drained text goes: a Writer, or an OutputStream taking the (all-ASCII) text as bytes. */
    private final Writer out;

    private final OutputStream bytes;
    private final int indent;
    private final AsciiJson buf = new AsciiJson(4096);
    private String[] lineStarts = new String[8];

    /** @param indent spaces per level, or -1 for Python's compact default ({@code ", "} and {@code ": "}) */
    public PythonJson(Writer out, int indent) {
        this.out = out;
        this.bytes = null;
        this.indent = indent;
    }

    /** Writes to a byte stream: the output is ASCII by construction (everything else is escaped). */
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

    private void value(Object value, int level) {
        switch (value) {
            case null -> buf.nul();
            case String s -> buf.string(s); // the commonest value: tested first
            case Boolean b -> buf.bool(b);
            case Double d -> buf.number(d);
            case Float f -> buf.number(f.doubleValue());
            case Number n -> buf.raw(n.toString());
            case CharSequence s -> buf.string(s);
            case Map<?, ?> m -> writeMap(m, level);
            case Collection<?> c -> writeList(c, level);
            default -> buf.string(value.toString());
        }
    }

    private void writeMap(Map<?, ?> map, int level) {
        if (map.isEmpty()) {
            buf.raw("{}");
            return;
        }
        buf.raw('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                separator();
            }
            first = false;
            newline(level + 1);
            buf.raw(keyText(e.getKey()));
            value(e.getValue(), level + 1);
        }
        newline(level);
        buf.raw('}');
    }

    private void writeList(Collection<?> list, int level) {
        if (list.isEmpty()) {
            buf.raw("[]");
            return;
        }
        buf.raw('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                separator();
            }
            first = false;
            newline(level + 1);
            value(item, level + 1);
        }
        newline(level);
        buf.raw(']');
    }

    /** Hands the whole text on in one call, far cheaper than a (locking) write per token. */
    private void drain() throws IOException {
        if (bytes != null) {
            buf.drainTo(bytes);
        } else {
            buf.drainTo(out);
        }
    }

    private void separator() {
        buf.raw(indent < 0 ? ", " : ",");
    }

    private void newline(int level) {
        if (indent >= 0) {
            buf.raw(lineStart(level));
        }
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
    private byte[] keyText(Object key) {
        byte[] text = keyTexts.get(key);
        if (text == null) {
            int start = buf.size();
            buf.string(String.valueOf(key)).raw(": ");
            text = buf.copyFrom(start);
            buf.truncate(start);
            if (keyTexts.size() < MAX_CACHED_KEYS) {
                keyTexts.put(key, text);
            }
        }
        return text;
    }

    private static final int MAX_CACHED_KEYS = 512;
    private final Map<Object, byte[]> keyTexts = new HashMap<>();
}
