// SPDX-License-Identifier: Apache-2.0
package org.meridian.web.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher against listeners on 127.0.0.1 (the only address it is allowed here): it reads what
 * it may, and every failure, whatever the target did, is the same message.
 */
class GuardedFetcherTest {

    private static final FetchLimits SHORT = new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), 1000, 3);

    private final List<AutoCloseable> listeners = new ArrayList<>();
    /** Requests that reached the server, and those for /table (the redirect targets). */
    private final AtomicInteger hits = new AtomicInteger();

    private final AtomicInteger tableHits = new AtomicInteger();
    private HttpServer http;
    private GuardedFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/table", exchange -> {
            tableHits.incrementAndGet();
            answer(exchange, 200, "a,b\n1,2\n");
        });
        http.createContext("/big", exchange -> answer(exchange, 200, "x".repeat(5000)));
        http.createContext("/missing", exchange -> answer(exchange, 404, "no"));
        http.createContext("/to-table", exchange -> redirect(exchange, "/table"));
        http.createContext("/to-localhost", exchange -> redirect(exchange, "http://localhost:" + port() + "/table"));
        http.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
        http.createContext("/loop", exchange -> redirect(exchange, "/loop"));
        http.start();
        fetcher = new GuardedFetcher(FetchPolicy.of(List.of("127.0.0.1")), SHORT);
    }

    @AfterEach
    void stop() throws Exception {
        fetcher.close();
        http.stop(0);
        for (AutoCloseable listener : listeners) {
            listener.close();
        }
    }

    @Test
    void readsAListedHostAndFollowsItsRedirectsHome() throws Exception {
        assertThat(read("http://127.0.0.1:" + port() + "/table")).isEqualTo("a,b\n1,2\n");
        assertThat(read("http://127.0.0.1:" + port() + "/to-table")).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void everyFailureLooksTheSame() throws Exception {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("closed port", "http://127.0.0.1:" + closedPort() + "/");
        targets.put("silent port", "http://127.0.0.1:" + silentPort() + "/");
        targets.put("non-HTTP port", "http://127.0.0.1:" + garbagePort() + "/");
        targets.put("404", "http://127.0.0.1:" + port() + "/missing");
        targets.put("over the byte limit", "http://127.0.0.1:" + port() + "/big");
        targets.put("redirect to an unlisted host", "http://127.0.0.1:" + port() + "/to-localhost");
        targets.put("redirect to file:", "http://127.0.0.1:" + port() + "/to-file");
        targets.put("redirect loop", "http://127.0.0.1:" + port() + "/loop");
        targets.put("TLS to a plain port", "https://127.0.0.1:" + port() + "/table");
        for (Map.Entry<String, String> target : targets.entrySet()) {
            FetchException e = catchThrowableOfType(FetchException.class, () -> read(target.getValue()));
            assertThat(e).as(target.getKey()).isNotNull();
            assertThat(e.getMessage()).as(target.getKey()).isEqualTo(FetchException.FAILED);
        }
        // The redirect to http://localhost:<port>/table (an unlisted name) was never followed.
        assertThat(tableHits).hasValue(0);
    }

    @Test
    void aListedNameThatResolvesToLoopbackIsNeverConnected() throws Exception {
        try (GuardedFetcher byName = new GuardedFetcher(FetchPolicy.of(List.of("localhost")), SHORT)) {
            int before = hits.get();
            FetchException e = catchThrowableOfType(
                    FetchException.class, () -> byName.open(URI.create("http://localhost:" + port() + "/table")));
            assertThat(e).hasMessage(FetchException.FAILED);
            assertThat(hits.get()).isEqualTo(before);
        }
    }

    @Test
    void unlistedTargetsAreRefusedBeforeAnyConnection() {
        int before = hits.get();
        for (String url : List.of(
                "http://localhost:" + port() + "/table",
                "http://127.0.0.2:" + port() + "/table",
                "http://[::1]:" + port() + "/table",
                "http://0.0.0.0:" + port() + "/table",
                "http://2130706433:" + port() + "/table",
                "file:///etc/passwd")) {
            FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.open(URI.create(url)));
            assertThat(e).as(url).hasMessage(FetchException.REFUSED);
        }
        assertThat(hits.get()).isEqualTo(before);
    }

    private String read(String url) throws IOException {
        try (InputStream in = fetcher.open(URI.create(url))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private int port() {
        return http.getAddress().getPort();
    }

    private void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        hits.incrementAndGet();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
        hits.incrementAndGet();
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Accepts connections (the kernel does) and never answers: a filtered port's slow failure. */
    private int silentPort() throws IOException {
        ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listeners.add(s);
        return s.getLocalPort();
    }

    /** Answers every connection with a line that is not HTTP, as a database or mail port would. */
    private int garbagePort() throws IOException {
        ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listeners.add(s);
        Thread.ofVirtual().start(() -> {
            while (!s.isClosed()) {
                try (Socket c = s.accept()) {
                    c.getOutputStream().write("220 mail.internal ESMTP ready\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    return;
                }
            }
        });
        return s.getLocalPort();
    }
}
