// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultFormatTest {

    @Test
    void defaultIsBinary2Votable() {
        assertThat(ResultFormat.parse(null)).contains(ResultFormat.VOTABLE_BINARY2);
        assertThat(ResultFormat.parse(" ")).contains(ResultFormat.VOTABLE_BINARY2);
    }

    @Test
    void shortNamesAndMimeTypesAreCaseInsensitive() {
        assertThat(ResultFormat.parse("VOTable")).contains(ResultFormat.VOTABLE_BINARY2);
        assertThat(ResultFormat.parse("votable/td")).contains(ResultFormat.VOTABLE_TABLEDATA);
        assertThat(ResultFormat.parse("votable_plain")).contains(ResultFormat.VOTABLE_TABLEDATA);
        assertThat(ResultFormat.parse("application/x-votable+xml; serialization=TABLEDATA"))
                .contains(ResultFormat.VOTABLE_TABLEDATA);
        assertThat(ResultFormat.parse("text/CSV")).contains(ResultFormat.CSV);
        assertThat(ResultFormat.parse("text/tab-separated-values")).contains(ResultFormat.TSV);
        assertThat(ResultFormat.parse("application/fits")).contains(ResultFormat.FITS);
        assertThat(ResultFormat.parse("json")).contains(ResultFormat.JSON);
    }

    @Test
    void unknownFormatsAreRefused() {
        assertThat(ResultFormat.parse("xls")).isEmpty();
        assertThat(ResultFormat.known()).contains("votable/b2", "csv", "fits");
    }

    @Test
    void everyAliasNamesExactlyOneFormat() {
        var aliases =
                ResultFormat.ALL.stream().flatMap(f -> f.aliases().stream()).toList();
        assertThat(aliases).doesNotHaveDuplicates();
    }
}
