// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Random streams keyed by name. Each file and table draws from its own stream, so adding or
 * reordering one output never changes the bytes of another.
 */
final class Seeds {

    private static final long UNIVERSE_SEED = 0x4D455249_4449414EL; // "MERIDIAN"

    private Seeds() {}

    static SplittableRandom forName(String name) {
        // FNV-1a over the UTF-8 bytes: stable across JVMs, unlike identity hashes.
        long h = 0xcbf29ce484222325L ^ UNIVERSE_SEED;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return new SplittableRandom(h);
    }
}
