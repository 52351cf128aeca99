// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DjangoTimeTest {

    @Test
    void readsWhatDjangoReads() {
        assertThat(DjangoTime.parse("2017-3-22 14:26:08")).contains(Instant.parse("2017-03-22T14:26:08Z"));
        assertThat(DjangoTime.parse("2024-1-2")).contains(Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(DjangoTime.parse("2016-02-03 09:05:57.414")).contains(Instant.parse("2016-02-03T09:05:57.414Z"));
        assertThat(DjangoTime.parse("2016-09-29")).contains(Instant.parse("2016-09-29T00:00:00Z"));
        assertThat(DjangoTime.parse("2016-09-29T21:12")).contains(Instant.parse("2016-09-29T21:12:00Z"));
        assertThat(DjangoTime.parse(" 2016-09-29T21:12:18.5Z ")).contains(Instant.parse("2016-09-29T21:12:18.500Z"));
        assertThat(DjangoTime.parse("2016-09-29T21:12:18+01:00")).contains(Instant.parse("2016-09-29T20:12:18Z"));
        assertThat(DjangoTime.parse("2016-09-29T21:12:18-0130")).contains(Instant.parse("2016-09-29T22:42:18Z"));
        assertThat(DjangoTime.parse("2016-09-29T21:12:18+01")).contains(Instant.parse("2016-09-29T20:12:18Z"));
    }

    @Test
    void refusesWhatIsNoDate() {
        assertThat(DjangoTime.parse(null)).isEmpty();
        assertThat(DjangoTime.parse("yesterday")).isEmpty();
        assertThat(DjangoTime.parse("2016-13-01")).isEmpty();
        assertThat(DjangoTime.parse("2016-02-30T10:00")).isEmpty();
        assertThat(DjangoTime.parse("2016-02-03T25:00")).isEmpty();
    }

    @Test
    void writesWhatDrfWrites() {
        assertThat(DjangoTime.format(Instant.parse("2016-02-03T09:05:57Z"))).isEqualTo("2016-02-03T09:05:57Z");
        assertThat(DjangoTime.format(Instant.parse("2016-02-03T09:05:00Z"))).isEqualTo("2016-02-03T09:05:00Z");
        assertThat(DjangoTime.format(Instant.parse("2016-02-03T09:05:57.414Z")))
                .isEqualTo("2016-02-03T09:05:57.414000Z");
        assertThat(DjangoTime.format(Instant.parse("2016-02-03T09:05:57.000000999Z")))
                .isEqualTo("2016-02-03T09:05:57Z");
        assertThat(DjangoTime.format(Instant.parse("2017-03-21T18:53:06.751369Z")))
                .isEqualTo("2017-03-21T18:53:06.751369Z");
        assertThat(DjangoTime.format(null)).isNull();
    }
}
