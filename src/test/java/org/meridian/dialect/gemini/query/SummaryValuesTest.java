// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryValuesTest {

    private static final SummaryValues.Keys KEYS = new SummaryValues.Keys(List.of("name", "ra", "object"));

    @Test
    void behavesAsAnOrderedMapWithNullValues() {
        Map<String, Object> m = new SummaryValues(KEYS, new Object[] {"N1.fits", 10.5, null});
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "N1.fits");
        expected.put("ra", 10.5);
        expected.put("object", null);
        assertThat(m).isEqualTo(expected);
        assertThat(m.keySet()).containsExactly("name", "ra", "object");
        assertThat(m.get("ra")).isEqualTo(10.5);
        assertThat(m.containsKey("object")).isTrue();
        assertThat(m.get("missing")).isNull();
        assertThat(m.containsKey("missing")).isFalse();
        assertThat(new LinkedHashMap<>(m)).isEqualTo(expected);
    }

    @Test
    void isReadOnlyAndKeptAsIsByHeaderRow() {
        Map<String, Object> m = new SummaryValues(KEYS, new Object[] {"N1.fits", 10.5, null});
        assertThatThrownBy(() -> m.put("name", "x")).isInstanceOf(UnsupportedOperationException.class);
        HeaderRow row = new HeaderRow(1, 2, true, true, m);
        assertThat(row.summary()).isSameAs(m);
        assertThat(row.name()).isEqualTo("N1.fits");
    }

    @Test
    void needsOneValuePerKey() {
        assertThatThrownBy(() -> new SummaryValues(KEYS, new Object[2])).isInstanceOf(IllegalArgumentException.class);
    }
}
