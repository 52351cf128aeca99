// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LimitOffsetTest {

    @Test
    void readsWhatDrfReads() {
        assertThat(LimitOffset.parse("25", "50", 10, 1000)).isEqualTo(new LimitOffset(25, 50));
        assertThat(LimitOffset.parse(" 25 ", null, 10, 1000)).isEqualTo(new LimitOffset(25, 0));
        assertThat(LimitOffset.parse(null, null, 100, 1000)).isEqualTo(new LimitOffset(100, 0));
    }

    @Test
    void unreadableOrOutOfRangeValuesMeanTheDefaultAndTheLimitIsCapped() {
        assertThat(LimitOffset.parse("5000", "x", 100, 1000)).isEqualTo(new LimitOffset(1000, 0));
        assertThat(LimitOffset.parse("x", "-4", 100, 1000)).isEqualTo(new LimitOffset(100, 0));
        assertThat(LimitOffset.parse("0", "99999999999999999999", 10, 1000)).isEqualTo(new LimitOffset(10, 0));
        assertThat(LimitOffset.parse("-1", "12", 10, 1000)).isEqualTo(new LimitOffset(10, 12));
    }
}
