// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cascade: level by level, each frame once, no deeper than asked. */
class CascadeTest {

    /** science needs two biases and a flat; the flat needs a bias already found and one of its own. */
    private static final Map<String, List<String>> NEEDS = Map.of(
            "science", List.of("bias1", "bias2", "flat"),
            "flat", List.of("bias2", "bias-old"),
            "bias-old", List.of("dark"));

    private static List<String> walk(int depth, String... roots) throws Exception {
        Cascade<String> c = new Cascade<>(f -> NEEDS.getOrDefault(f, List.of()), f -> f, depth);
        return c.from(List.of(roots)).stream().map(Cascade.Found::frame).toList();
    }

    @Test
    void oneLevelIsTheFramesOwnCalibrations() throws Exception {
        assertThat(walk(1, "science")).containsExactly("bias1", "bias2", "flat");
    }

    @Test
    void deeperLevelsAddOnlyNewFramesInBreadthFirstOrder() throws Exception {
        assertThat(walk(2, "science")).containsExactly("bias1", "bias2", "flat", "bias-old");
        assertThat(walk(5, "science")).containsExactly("bias1", "bias2", "flat", "bias-old", "dark");
    }

    @Test
    void eachFoundFrameKnowsWhatItCalibratesAndItsLevel() throws Exception {
        Cascade<String> c = new Cascade<>(f -> NEEDS.getOrDefault(f, List.of()), f -> f, 3);
        Cascade.Found<String> old = c.from(List.of("science")).stream()
                .filter(f -> f.frame().equals("bias-old"))
                .findFirst()
                .orElseThrow();
        assertThat(old.forFrame()).isEqualTo("flat");
        assertThat(old.level()).isEqualTo(2);
    }

    @Test
    void aCascadeHasAtLeastOneLevel() {
        assertThatThrownBy(() -> new Cascade<String>(f -> List.of(), f -> f, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
