// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.meridian.app.http.RateLimit;

/**
 * Configuration, resolved once: a command-line flag wins over an environment variable
 * ({@code MERIDIAN_PORT}, {@code MERIDIAN_DB_URL}, {@code MERIDIAN_DB_USER}, {@code MERIDIAN_DB_PASSWORD}),
 * which wins over {@code <home>/meridian.properties} ({@code port}, {@code db.url}, ...), which wins
 * over the defaults (port 8080, embedded PostgreSQL).
 *
 * @param dbUrl JDBC URL of an external PostgreSQL, or null for the embedded one
 * @param geminiMagicCookie the value of the Gemini {@code gemini_fits_authorization} cookie that
 *     bypasses access checks (for trusted pipelines), or null to disable it
 * @param uploadUrlHosts the hosts (names or IP literals) TAP {@code UPLOAD=t,http(s)://...} may fetch
 *     from; empty (the default) refuses every URL but this service's own job results
 * @param geminiCollections the collections the Gemini URLs serve ({@code gemini.collections}, default GEMINI)
 * @param tlsPort the HTTPS port ({@code --tls-port}, {@code MERIDIAN_TLS_PORT}, {@code tls.port}; 0 for
 *     any free one), or null for HTTP only
 * @param rateLimit each credential's request budget ({@code MERIDIAN_RATE_LIMIT}, {@code rate.limit}:
 *     {@code <per second>,<burst>} or {@code off}; each address has {@code RateLimit.PER_ADDRESS})
 */
public record Settings(
        Path home,
        int port,
        String dbUrl,
        String dbUser,
        String dbPassword,
        int threads,
        String geminiMagicCookie,
        List<String> uploadUrlHosts,
        List<String> geminiCollections,
        Integer tlsPort,
        RateLimit rateLimit) {

    public Settings {
        uploadUrlHosts = List.copyOf(uploadUrlHosts);
        geminiCollections = List.copyOf(geminiCollections);
    }

    /** Each credential: 100 requests a second, bursts of 1,000 (docs/operations.md, "Limits"). */
    static final String DEFAULT_RATE_LIMIT = "100,1000";

    public static Settings resolve(Path home, Integer portFlag, String dbFlag, Map<String, String> env)
            throws IOException {
        Properties file = new Properties();
        Path props = home.resolve("meridian.properties");
        if (Files.isRegularFile(props)) {
            try (InputStream in = Files.newInputStream(props)) {
                file.load(in);
            }
        }
        int port = portFlag != null ? portFlag : Integer.parseInt(pick(env, "MERIDIAN_PORT", file, "port", "8080"));
        String db = dbFlag != null ? dbFlag : pick(env, "MERIDIAN_DB_URL", file, "db.url", null);
        String user = pick(env, "MERIDIAN_DB_USER", file, "db.user", "postgres");
        String password = pick(env, "MERIDIAN_DB_PASSWORD", file, "db.password", "");
        int threads = Integer.parseInt(pick(
                env,
                "MERIDIAN_THREADS",
                file,
                "threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        String magic = pick(env, "MERIDIAN_GEMINI_MAGIC_COOKIE", file, "gemini.magic_cookie", null);
        List<String> uploadHosts = list(pick(env, "MERIDIAN_UPLOAD_URL_HOSTS", file, "upload.url_hosts", ""));
        List<String> geminiCollections =
                list(pick(env, "MERIDIAN_GEMINI_COLLECTIONS", file, "gemini.collections", "GEMINI"));
        String tls = pick(env, "MERIDIAN_TLS_PORT", file, "tls.port", null);
        Integer tlsPort = tls == null || tls.isBlank() ? null : Integer.valueOf(tls.trim());
        RateLimit rateLimit = RateLimit.parse(pick(env, "MERIDIAN_RATE_LIMIT", file, "rate.limit", DEFAULT_RATE_LIMIT));
        return new Settings(
                home.toAbsolutePath().normalize(),
                port,
                db,
                user,
                password,
                threads,
                magic,
                uploadHosts,
                geminiCollections.isEmpty() ? List.of("GEMINI") : geminiCollections,
                tlsPort,
                rateLimit);
    }

    /** These settings with the HTTPS port a command-line flag gives, when it gives one. */
    public Settings withTlsPort(Integer flag) {
        return flag == null
                ? this
                : new Settings(
                        home,
                        port,
                        dbUrl,
                        dbUser,
                        dbPassword,
                        threads,
                        geminiMagicCookie,
                        uploadUrlHosts,
                        geminiCollections,
                        flag,
                        rateLimit);
    }

    /** Comma or space separated: "data.example.org, 192.0.2.7". */
    private static List<String> list(String value) {
        return Arrays.stream(value.split("[,\s]+")).filter(h -> !h.isBlank()).toList();
    }

    private static String pick(Map<String, String> env, String envKey, Properties file, String fileKey, String dflt) {
        String v = env.get(envKey);
        if (v != null && !v.isBlank()) {
            return v;
        }
        return file.getProperty(fileKey, dflt);
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return "Settings[home=" + home + ", port=" + port + ", db=" + (dbUrl == null ? "embedded" : dbUrl) + "]";
    }
}
