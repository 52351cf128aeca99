// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Header cards written by hand for mapper tests: {@code hdu("KEY", value, "KEY2", value2, ...)}. */
public final class TestHeaders {

    private TestHeaders() {}

    public static FitsHeaders.Hdu hdu(Object... keyValues) {
        List<FitsHeaders.Card> cards = new ArrayList<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            if (v instanceof Integer n) {
                v = n.longValue();
            }
            cards.add(new FitsHeaders.Card((String) keyValues[i], v, ""));
        }
        return new FitsHeaders.Hdu(cards);
    }

    public static FitsHeaders file(String name, FitsHeaders.Hdu... hdus) {
        return new FitsHeaders(name, List.of(hdus));
    }

    public static IngestContext tags(String... tags) {
        return programId -> Set.of(tags);
    }
}
