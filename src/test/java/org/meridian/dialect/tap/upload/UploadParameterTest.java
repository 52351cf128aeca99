// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadParameterTest {

    @Test
    void aLaterUploadAddsItsTablesAfterThoseAlreadyDeclared() {
        assertThat(UploadParameter.merge("t1,param:t1", "t2,http://x/t2.xml"))
                .isEqualTo("t1,param:t1;t2,http://x/t2.xml");
    }

    @Test
    void aTableDeclaredAgainTakesTheNewSourceWhateverItsCase() {
        assertThat(UploadParameter.merge("t1,param:a;t2,param:b", "T1,param:c")).isEqualTo("t2,param:b;T1,param:c");
    }

    @Test
    void withoutAnEarlierUploadTheNewOneStandsAlone() {
        assertThat(UploadParameter.merge(null, " t1 , param:t1 ;")).isEqualTo("t1,param:t1");
    }
}
