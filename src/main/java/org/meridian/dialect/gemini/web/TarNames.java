// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import java.util.ArrayList;
import java.util.List;
import org.meridian.dialect.gemini.selection.Key;
import org.meridian.dialect.gemini.selection.Selection;

/** The download's file name: {@code gemini_{data|calibs}.<program_obsid_inst_date_daterange>.tar} (docs/gemini-archive.md). */
final class TarNames {

    private static final List<Key> PARTS =
            List.of(Key.PROGRAM_ID, Key.OBSERVATION_ID, Key.INSTRUMENT, Key.DATE, Key.DATERANGE);

    private TarNames() {}

    static String of(Selection selection, String type) {
        List<String> parts = new ArrayList<>();
        for (Key key : PARTS) {
            selection.get(key).ifPresent(c -> {
                String token = SelectionUrl.token(c);
                int eq = token.indexOf('=');
                // The archive joins the bare values: a progid=/date= prefix is not part of the value.
                parts.add((eq >= 0 ? token.substring(eq + 1) : token).replaceAll("[^A-Za-z0-9._+-]", "_"));
            });
        }
        return parts.isEmpty() ? "gemini_" + type + ".tar" : "gemini_" + type + "." + String.join("_", parts) + ".tar";
    }
}
