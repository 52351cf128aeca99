// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectionRequestTest {

    @Test
    void tokensFollowTheFeature() {
        assertThat(SelectionRequest.tokens("/jsonfilenames/GN-2010B-Q-22/GMOS-N", "jsonfilenames", Set.of()))
                .containsExactly("GN-2010B-Q-22", "GMOS-N");
    }

    @Test
    void doubledSlashesAnywhereKeepTheSelection() {
        assertThat(SelectionRequest.tokens("//jsonfilenames/GN-2010B-Q-22", "jsonfilenames", Set.of()))
                .containsExactly("GN-2010B-Q-22");
        assertThat(SelectionRequest.tokens("///jsonsummary//canonical///GMOS-N/", "jsonsummary", Set.of()))
                .containsExactly("canonical", "GMOS-N");
    }

    @Test
    void removedWordsAndEscapesAreHandled() {
        assertThat(SelectionRequest.tokens("//summary/notabs/B600%2B_G5307", "summary", Set.of("notabs")))
                .containsExactly("B600+_G5307");
    }
}
