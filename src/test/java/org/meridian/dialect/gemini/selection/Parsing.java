// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Test helper: parses a URL path tail such as {@code canonical/GMOS-N/20101231}. */
final class Parsing {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);

    private Parsing() {}

    static Selection parse(String path) {
        return SelectionParser.parse(Arrays.asList(path.split("/")), Map.of(), CLOCK);
    }

    static Selection parse(String path, String orderby) {
        return SelectionParser.parse(Arrays.asList(path.split("/")), Map.of("orderby", List.of(orderby)), CLOCK);
    }
}
