// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.json;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Writes values exactly as Python's {@code json.dumps(value, indent=4)} does, which is what the
 * Gemini archive sends: four-space indents, {@code ", "}-free line ends, {@code ": "} after keys,
 * {@code []}/{@code {}} for empty containers, non-ASCII escaped as {@code \\uXXXX} and floats in
 * Python's {@code repr} form. Values are null, Boolean, Number, CharSequence, Map or Collection.
 */
public final class PythonJson {

    private final Writer out;
    private final int indent;
    private String[] lineStarts = new String[8];

    /** @param indent spaces per level, or -1 for Python's compact default ({@code ", "} and {@code ": "}) */
    public PythonJson(Writer out, int indent) {
        this.out = out;
        this.indent = indent;
    }

    public void write(Object value, int level) throws IOException {
        switch (value) {
            case null -> out.write("null");
            case Boolean b -> out.write(b ? "true" : "false");
            case Double d -> out.write(PythonStr.floatRepr(d));
            case Float f -> out.write(PythonStr.floatRepr(f.doubleValue()));
            case Number n -> out.write(n.toString());
            case CharSequence s -> writeString(s);
            case Map<?, ?> m -> writeMap(m, level);
            case Collection<?> c -> writeList(c, level);
            default -> writeString(value.toString());
        }
    }

    private void writeMap(Map<?, ?> map, int level) throws IOException {
        if (map.isEmpty()) {
            out.write("{}");
            return;
        }
        out.write('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                out.write(indent < 0 ? ", " : ",");
            }
            first = false;
            newline(level + 1);
            writeString(String.valueOf(e.getKey()));
            out.write(": ");
            write(e.getValue(), level + 1);
        }
        newline(level);
        out.write('}');
    }

    private void writeList(Collection<?> list, int level) throws IOException {
        if (list.isEmpty()) {
            out.write("[]");
            return;
        }
        out.write('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                out.write(indent < 0 ? ", " : ",");
            }
            first = false;
            newline(level + 1);
            write(item, level + 1);
        }
        newline(level);
        out.write(']');
    }

    /** Starts a streamed top-level list; call {@link #item} per element and {@link #endList} at the end. */
    public void startList() throws IOException {
        out.write('[');
    }

    public void item(Object value, boolean first) throws IOException {
        if (!first) {
            out.write(indent < 0 ? ", " : ",");
        }
        newline(1);
        write(value, 1);
    }

    public void endList(boolean empty) throws IOException {
        if (!empty) {
            newline(0);
        }
        out.write(']');
    }

    private void newline(int level) throws IOException {
        if (indent < 0) {
            return;
        }
        out.write(lineStart(level));
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

    /** Writes the unescaped runs of {@code s} whole: most values need no escape at all. */
    private void writeString(CharSequence cs) throws IOException {
        String s = cs.toString();
        out.write('"');
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            String escape = escape(s.charAt(i));
            if (escape != null) {
                out.write(s, run, i - run);
                out.write(escape);
                run = i + 1;
            }
        }
        out.write(s, run, s.length() - run);
        out.write('"');
    }

    /** Python's escape for {@code c}, or null when it is written as it is. */
    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> c < 0x20 || c > 0x7f ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
