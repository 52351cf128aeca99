// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class with a TAP+ server of its own ({@link TapPlusFixture}, started once before its tests in
 * a temporary directory and closed after them by JUnit's {@code @AutoClose}), as {@code f}. A
 * subclass's own {@code @BeforeAll} methods run after the server is up; they must not be named
 * {@code startServer}.
 */
abstract class WithTapPlusServer {

    @TempDir
    static Path dir;

    @AutoClose
    static TapPlusFixture f;

    @BeforeAll
    static void startServer() throws Exception {
        f = new TapPlusFixture(dir);
    }
}
