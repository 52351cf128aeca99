// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Runs one fuzz target: a seeded generator of hostile inputs, each checked by a property (no 5xx,
 * no stack trace, a bounded time). {@code ./meridian test} runs a short fixed-seed run of each
 * target; {@code scripts/fuzz-long} runs them long with a fresh seed (docs/operations.md,
 * "Fuzzing"). A failure prints its seed and input, so it replays and becomes a regression case.
 */
final class Fuzzer {

    private static final long DEFAULT_SEED = 20261208L;
    private static final int MAX_REPORTED = 15;

    private Fuzzer() {}

    /** The property one input must hold; throws an AssertionError (or returns a complaint) when not. */
    @FunctionalInterface
    interface Check<T> {
        void check(T input) throws Exception;
    }

    /**
     * @param tries the inputs of the short run ({@code -Dmeridian.fuzz.tries=N} overrides)
     * @param describe how a failing input is shown
     */
    static <T> void run(
            String target, int tries, Function<Random, T> generator, Function<T, String> describe, Check<T> check) {
        int n = Integer.getInteger("meridian.fuzz.tries", tries);
        long seed = Long.getLong("meridian.fuzz.seed", DEFAULT_SEED);
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        int done = 0;
        for (; done < n && failures.size() < MAX_REPORTED; done++) {
            T input = generator.apply(random);
            try {
                check.check(input);
            } catch (AssertionError | Exception e) {
                failures.add("input " + done + " (seed " + seed + "): " + clip(describe.apply(input)) + "\n  -> "
                        + clip(String.valueOf(e.getMessage())));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "fuzz %s: %d inputs in %.1f s (%.0f/s), seed %d, %d failures%n",
                target, done, seconds, done / seconds, seed, failures.size());
        assertThat(failures)
                .as("fuzz " + target + ": " + failures.size() + " failures")
                .isEmpty();
    }

    private static String clip(String s) {
        String oneLine = s.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + "..." : oneLine;
    }
}
