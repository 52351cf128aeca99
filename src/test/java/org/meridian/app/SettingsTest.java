// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void flagsBeatEnvironmentWhichBeatsTheFileWhichBeatsDefaults(@TempDir Path home) throws Exception {
        assertThat(Settings.resolve(home, null, null, Map.of()).port()).isEqualTo(8080);
        Files.writeString(home.resolve("meridian.properties"), "port=9000\ndb.url=jdbc:postgresql://file/\n");
        assertThat(Settings.resolve(home, null, null, Map.of()).port()).isEqualTo(9000);
        Settings env = Settings.resolve(home, null, null, Map.of("MERIDIAN_PORT", "9100"));
        assertThat(env.port()).isEqualTo(9100);
        assertThat(env.dbUrl()).isEqualTo("jdbc:postgresql://file/");
        Settings flags = Settings.resolve(home, 9200, "jdbc:postgresql://flag/", Map.of("MERIDIAN_PORT", "9100"));
        assertThat(flags.port()).isEqualTo(9200);
        assertThat(flags.dbUrl()).isEqualTo("jdbc:postgresql://flag/");
    }

    @Test
    void neverPrintsThePassword(@TempDir Path home) throws Exception {
        Settings s = Settings.resolve(home, null, null, Map.of("MERIDIAN_DB_PASSWORD", "hunter2"));
        assertThat(s.dbPassword()).isEqualTo("hunter2");
        assertThat(s.toString()).doesNotContain("hunter2");
    }

    @Test
    void uploadUrlHostsAreNoneUnlessListed(@TempDir Path home) throws Exception {
        assertThat(Settings.resolve(home, null, null, Map.of()).uploadUrlHosts())
                .isEmpty();
        Files.writeString(home.resolve("meridian.properties"), "upload.url_hosts=data.example.org, 192.0.2.7\n");
        assertThat(Settings.resolve(home, null, null, Map.of()).uploadUrlHosts())
                .containsExactly("data.example.org", "192.0.2.7");
        assertThat(Settings.resolve(home, null, null, Map.of("MERIDIAN_UPLOAD_URL_HOSTS", "a.org b.org"))
                        .uploadUrlHosts())
                .containsExactly("a.org", "b.org");
    }

    @Test
    void theGeminiUrlsServeGeminiUnlessWidened(@TempDir Path home) throws Exception {
        assertThat(Settings.resolve(home, null, null, Map.of()).geminiCollections())
                .containsExactly("GEMINI");
        assertThat(Settings.resolve(home, null, null, Map.of("MERIDIAN_GEMINI_COLLECTIONS", "GEMINI, LCO"))
                        .geminiCollections())
                .containsExactly("GEMINI", "LCO");
    }
}
