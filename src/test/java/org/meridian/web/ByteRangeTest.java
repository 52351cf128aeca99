// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void resolvesTheFormsClientsSend() {
        assertThat(ByteRange.parse("bytes=1000-106559", 106560)).contains(new ByteRange(1000, 106559));
        assertThat(ByteRange.parse("bytes=1000-", 2000)).contains(new ByteRange(1000, 1999));
        assertThat(ByteRange.parse("bytes=-100", 2000)).contains(new ByteRange(1900, 1999));
        assertThat(ByteRange.parse("bytes=0-99999", 2000)).contains(new ByteRange(0, 1999));
        assertThat(ByteRange.parse("bytes=10-19", 2000).orElseThrow().length()).isEqualTo(10);
    }

    @Test
    void servesTheWholeFileForNoOrMultipleRanges() {
        assertThat(ByteRange.parse(null, 10)).isEmpty();
        assertThat(ByteRange.parse("bytes=0-1,5-6", 10)).isEmpty();
        assertThat(ByteRange.parse("items=0-1", 10)).isEmpty();
    }

    @Test
    void toleratesWhitespaceAroundTheParts() {
        assertThat(ByteRange.parse(" bytes = 10 - 19 ", 2000)).contains(new ByteRange(10, 19));
    }

    @Test
    void refusesRangesOutsideTheFile() {
        assertThatThrownBy(() -> ByteRange.parse("bytes=10-", 10)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThatThrownBy(() -> ByteRange.parse("bytes=5-2", 10)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThatThrownBy(() -> ByteRange.parse("bytes=-0", 10)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThatThrownBy(() -> ByteRange.parse("bytes=-5", 0)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThatThrownBy(() -> ByteRange.parse("bytes=99999999999999999999-", 10))
                .isInstanceOf(ByteRange.Unsatisfiable.class);
    }
}
