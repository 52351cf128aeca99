// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aBurstPassesThenTheRateDecidesAndTheAnswerSaysWhen() {
        Throttle throttle = new Throttle(new RateLimit(0.5, 3), now::get);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.secondsToWait("a")).isZero();
        }
        assertThat(throttle.secondsToWait("a")).isEqualTo(2); // one token every two seconds
        assertThat(throttle.secondsToWait("b"))
                .as("another key has its own budget")
                .isZero();
        now.addAndGet(2_000_000_000L);
        assertThat(throttle.secondsToWait("a")).isZero();
        assertThat(throttle.secondsToWait("a")).isEqualTo(2);
    }

    @Test
    void aQuietClientGetsItsBurstBackButNoMore() {
        Throttle throttle = new Throttle(new RateLimit(10, 2), now::get);
        throttle.secondsToWait("a");
        throttle.secondsToWait("a");
        now.addAndGet(60_000_000_000L);
        assertThat(throttle.secondsToWait("a")).isZero();
        assertThat(throttle.secondsToWait("a")).isZero();
        assertThat(throttle.secondsToWait("a")).isEqualTo(1);
    }

    @Test
    void offNeverThrottles() {
        Throttle throttle = new Throttle(RateLimit.parse("off"), now::get);
        for (int i = 0; i < 10_000; i++) {
            assertThat(throttle.secondsToWait("a")).isZero();
        }
    }

    @Test
    void settingsAreReadOrRefused() {
        assertThat(RateLimit.parse(" 100 , 1000 ")).isEqualTo(new RateLimit(100, 1000));
        assertThatThrownBy(() -> RateLimit.parse("fast")).hasMessageContaining("off or <per second>,<burst>");
        assertThatThrownBy(() -> RateLimit.parse("0,10")).isInstanceOf(IllegalArgumentException.class);
    }
}
