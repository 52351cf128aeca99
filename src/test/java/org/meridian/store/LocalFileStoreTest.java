// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStoreTest {

    @Test
    void storesReadsRangesAndDeletes(@TempDir Path dir) throws Exception {
        LocalFileStore store = new LocalFileStore(dir.resolve("store"));
        Path src = dir.resolve("src.bin");
        Files.writeString(src, "0123456789");
        store.put("a/b/c.fits", src);
        assertThat(store.exists("a/b/c.fits")).isTrue();
        assertThat(store.size("a/b/c.fits")).isEqualTo(10);
        try (InputStream in = store.open("a/b/c.fits", 3, 4)) {
            assertThat(new String(in.readAllBytes())).isEqualTo("3456");
        }
        try (InputStream in = store.open("a/b/c.fits")) {
            assertThat(new String(in.readAllBytes())).isEqualTo("0123456789");
        }
        try (var files = Files.list(dir.resolve("store/a/b"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("c.fits");
        }
        store.delete("a/b/c.fits");
        assertThat(store.exists("a/b/c.fits")).isFalse();
    }

    @Test
    void refusesKeysThatEscapeTheRoot(@TempDir Path dir) throws Exception {
        LocalFileStore store = new LocalFileStore(dir.resolve("store"));
        assertThatThrownBy(() -> store.open("../outside")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
