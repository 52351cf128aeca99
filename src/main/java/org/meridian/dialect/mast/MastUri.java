// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A product's data URI, {@code mast:<COLLECTION>/product/<filename>}. */
public record MastUri(String collection, String filename) {

    private static final Pattern FORM = Pattern.compile("mast:([A-Za-z0-9_.-]+)/product/([^/\\\\]+)");

    public static MastUri parse(String uri) {
        if (uri == null || uri.isBlank()) {
            throw MastException.badRequest("missing 'uri'");
        }
        Matcher m = FORM.matcher(uri.trim());
        if (!m.matches() || m.group(2).equals(".") || m.group(2).equals("..")) {
            throw MastException.badRequest("not a MAST product URI (mast:<COLLECTION>/product/<file>): " + uri);
        }
        return new MastUri(m.group(1), m.group(2));
    }

    @Override
    public String toString() {
        return "mast:" + collection + "/product/" + filename;
    }
}
