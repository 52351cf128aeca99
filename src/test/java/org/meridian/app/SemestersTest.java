// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.demo.DemoManifest;

class SemestersTest {

    @Test
    void continuesAfter2017abWithoutGapsOrOverlapThroughTheLastDay() {
        List<DemoManifest.Semester> s =
                Semesters.continuing(Instant.parse("2017-11-30T23:59:59Z"), LocalDate.parse("2027-11-23"));
        assertThat(s.get(0).id()).isEqualTo("2018A");
        assertThat(s.get(0).start()).isEqualTo(Instant.parse("2017-12-01T00:00:00Z"));
        assertThat(s.get(0).end()).isEqualTo(Instant.parse("2018-05-31T23:59:59Z"));
        assertThat(s.get(1).id()).isEqualTo("2018B");
        for (int i = 1; i < s.size(); i++) {
            assertThat(s.get(i).start()).isEqualTo(s.get(i - 1).end().plusSeconds(1));
        }
        DemoManifest.Semester last = s.get(s.size() - 1);
        assertThat(last.id()).isEqualTo("2027B");
        assertThat(last.start()).isBefore(Instant.parse("2027-11-23T00:00:00Z"));
        assertThat(last.end()).isAfter(Instant.parse("2027-11-23T00:00:00Z"));
        assertThat(s).extracting(DemoManifest.Semester::id).doesNotHaveDuplicates();
    }

    @Test
    void semesterIdsFollowLco() {
        assertThat(Semesters.id(LocalDate.parse("2018-05-31"))).isEqualTo("2018A");
        assertThat(Semesters.id(LocalDate.parse("2018-06-01"))).isEqualTo("2018B");
        assertThat(Semesters.id(LocalDate.parse("2018-12-01"))).isEqualTo("2019A");
    }
}
