// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.selection.Criterion.Flag;
import org.meridian.dialect.gemini.selection.Key;
import org.meridian.dialect.gemini.selection.Selection;
import org.meridian.dialect.gemini.selection.SelectionParser;

class SelectionUrlTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    static Selection parse(String... tokens) {
        return SelectionParser.parse(List.of(tokens), Map.of(), CLOCK);
    }

    @Test
    void downloadSelectionRendersAsTheArchiveDoes() {
        Selection s = parse("canonical", "GN-2010B-Q-22", "GMOS-N", "20101231").with(new Flag(Key.PRESENT, true));
        assertThat(SelectionUrl.of(s)).isEqualTo("/canonical/date=20101231/GMOS-N/present/GN-2010B-Q-22");
        assertThat(TarNames.of(s, "data")).isEqualTo("gemini_data.GN-2010B-Q-22_GMOS-N_20101231.tar");
        assertThat(TarNames.of(parse("canonical"), "calibs")).isEqualTo("gemini_calibs.tar");
    }

    @Test
    void nonStandardIdentifiersKeepTheirKey() {
        assertThat(SelectionUrl.of(parse("progid=GN-GNIRS-Engineering"))).isEqualTo("/progid=GN-GNIRS-Engineering");
        assertThat(SelectionUrl.of(parse("object=a/b".replace("/", "=slash=")))).isEqualTo("/object=a=slash=b");
    }

    @Test
    void renderedUrlParsesBackToTheSameSelection() {
        Selection s = parse("GMOS", "Pass", "20101201-20101231", "filter=g", "2x2", "imaging", "notengineering");
        List<String> tokens = List.of(SelectionUrl.of(s).substring(1).split("/"));
        assertThat(parse(tokens.toArray(String[]::new)).criteria()).isEqualTo(s.criteria());
    }

    @Test
    void readmeListsDeniedFilesAfterTheFixedText() {
        String text = Readme.text(
                "/canonical/GN-2025B-Q-210",
                Instant.parse("2026-11-23T10:00:00Z"),
                Caller.ANONYMOUS,
                true,
                List.of("a.fits.bz2", "b.fits.bz2"));
        assertThat(text)
                .contains("The search was performed at: 2026-11-23 10:00:00 UTC\n")
                .contains("with the science \nquery.\n\n")
                .endsWith("do not have access to:\na.fits.bz2\nb.fits.bz2");
    }
}
