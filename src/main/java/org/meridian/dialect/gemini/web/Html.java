// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

/** HTML escaping and the page frame shared by the Gemini pages. */
public final class Html {

    private Html() {}

    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>"
                + "<style>body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:2px 6px;font-size:90%}th{background:#eef}"
                + ".tabs button{margin-right:4px}.warning{color:#a00}fieldset{display:inline-block;"
                + "vertical-align:top}label{display:block;margin:2px 0}</style></head><body>\n"
                + body + "\n</body></html>\n";
    }
}
