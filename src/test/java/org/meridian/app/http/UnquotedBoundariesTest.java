// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnquotedBoundariesTest {

    @Test
    void quotesABoundaryThatNeedsQuotes() {
        assertThat(UnquotedBoundaries.quoted("multipart/form-data; boundary====1700000000000==="))
                .isEqualTo("multipart/form-data; boundary=\"===1700000000000===\"");
        assertThat(UnquotedBoundaries.quoted("Multipart/Form-Data; BOUNDARY=a=b ; charset=utf-8"))
                .isEqualTo("Multipart/Form-Data; BOUNDARY=\"a=b\"; charset=utf-8");
        assertThat(UnquotedBoundaries.quoted("multipart/mixed;boundary=x:y"))
                .isEqualTo("multipart/mixed;boundary=\"x:y\"");
    }

    @Test
    void leavesEverythingElseAlone() {
        assertThat(UnquotedBoundaries.quoted(null)).isNull();
        assertThat(UnquotedBoundaries.quoted("application/x-www-form-urlencoded"))
                .isNull();
        assertThat(UnquotedBoundaries.quoted("multipart/form-data; boundary=plain-token_1.2"))
                .isNull();
        assertThat(UnquotedBoundaries.quoted("multipart/form-data; boundary=\"===1===\""))
                .isNull();
        assertThat(UnquotedBoundaries.quoted("multipart/form-data")).isNull();
        assertThat(UnquotedBoundaries.quoted("multipart/form-data; boundary=")).isNull();
        assertThat(UnquotedBoundaries.quoted("text/plain; boundary=a=b")).isNull();
    }
}
