// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class with an ESO archive of its own ({@link EsoFixture}: the server over the ingested cases,
 * started once before its tests in a temporary directory and closed after them), as {@code eso}.
 */
abstract class WithEsoArchive {

    @TempDir
    static Path dir;

    @AutoClose
    static EsoFixture eso;

    @BeforeAll
    static void startArchive() throws Exception {
        eso = EsoFixture.start(dir);
    }
}
