// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.testing.DemoHttp.enc;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoHttp;
import org.meridian.testing.XmlAttacks;
import org.meridian.web.fetch.FetchException;

/**
 * {@code UPLOAD=t1,http...} on the demo, whose operator allows 127.0.0.1 only: no port scan (a
 * closed, a non-HTTP and an HTTP port give the same answer, sync and async; a silent one too, in
 * GuardedFetcherTest, where the time limit can be short), no
 * connection to anything unlisted, a listed host's table is read, and a URL of this service's own
 * job result is read from the job store with the caller's rights: the owner's query reads it, an
 * anonymous caller's or another user's is refused, whatever name the URL gives this host.
 */
class TapUploadUrlsIT {

    private static final String QUERY = "SELECT * FROM TAP_UPLOAD.t1";

    private final DemoHttp http = new DemoHttp();
    private final List<AutoCloseable> listeners = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable listener : listeners) {
            listener.close();
        }
    }

    @Test
    void everyPortAnswersTheSameSyncAndAsync() throws Exception {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("closed", closedPort());
        ports.put("HTTP 404", httpPort(404, "nothing here"));
        ports.put("non-HTTP", greetingPort(new AtomicInteger()));
        List<String> syncBodies = new ArrayList<>();
        List<String> asyncErrors = new ArrayList<>();
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            String url = "http://127.0.0.1:" + port.getValue() + "/x";
            HttpResponse<String> sync = http.post("/tap/sync", form(url));
            assertThat(sync.statusCode()).as(port.getKey()).isEqualTo(400);
            assertThat(sync.body()).as(port.getKey()).doesNotContain(String.valueOf(port.getValue()));
            syncBodies.add(sync.body());
            asyncErrors.add(asyncError(null, url));
        }
        assertThat(syncBodies).as("sync answers").containsOnly(syncBodies.get(0));
        assertThat(syncBodies.get(0)).contains(FetchException.FAILED);
        assertThat(asyncErrors).as("async job errors").containsOnly(asyncErrors.get(0));
        assertThat(asyncErrors.get(0)).contains(FetchException.FAILED);
    }

    @Test
    void unlistedHostsAreRefusedWithoutAConnection() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        int port = greetingPort(connections);
        for (String host : List.of("localhost", "127.0.0.2", "[::1]", "0.0.0.0", "2130706433", "127.1")) {
            String url = "http://" + host + ":" + port + "/x";
            HttpResponse<String> sync = http.post("/tap/sync", form(url));
            assertThat(sync.statusCode()).as(host).isEqualTo(400);
            assertThat(sync.body()).as(host).contains(FetchException.REFUSED);
            HttpResponse<String> async = http.post("/tap/async", form(url));
            assertThat(async.statusCode()).as(host).isEqualTo(400);
            assertThat(TapXmlAttacksIT.isVotableError(async)).as(host).isTrue();
        }
        assertThat(connections).hasValue(0);
        assertThat(http.get("/tap/sync?LANG=ADQL&QUERY=" + enc("SELECT TOP 1 table_name FROM tap_schema.tables"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aListedHostsTableIsRead() throws Exception {
        int port = httpPort(200, XmlAttacks.plain("from a listed host"));
        HttpResponse<String> sync = http.post("/tap/sync", form("http://127.0.0.1:" + port + "/t.vot"));
        assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
        assertThat(sync.body()).contains("from a listed host");
    }

    @Test
    void ownJobResultsAreReadWithTheCallersRights() throws Exception {
        String owner = basic("eso_user", "eso-demo");
        String job = completedJob(owner, "SELECT TOP 3 table_name FROM tap_schema.tables ORDER BY table_name");
        // The demo's base URL says "localhost", which the operator did not list: only the job store can serve it.
        String result = job + "/results/result";

        HttpResponse<String> mine = send(owner, "/tap/sync", form(result));
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(mine.body().lines().count()).as(mine.body()).isEqualTo(4); // header and three rows

        for (String stranger : new String[] {null, basic("gemini_pi", "gemini-demo")}) {
            HttpResponse<String> refused = send(stranger, "/tap/sync", form(result));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(TapXmlAttacksIT.isVotableError(refused)).isTrue();
            HttpResponse<String> asyncRefused = send(stranger, "/tap/async", form(result));
            assertThat(asyncRefused.statusCode()).isEqualTo(403);
        }

        String ownAsync = asyncJob(owner, result);
        assertThat(finished(owner, ownAsync)).contains("COMPLETED");
        assertThat(send(owner, path(ownAsync) + "/results/result", null)
                        .body()
                        .lines()
                        .count())
                .isEqualTo(4);
    }

    private static String form(String url) {
        return "LANG=ADQL&FORMAT=csv&QUERY=" + enc(QUERY) + "&UPLOAD=" + enc("t1," + url);
    }

    /** The error summary of an async job uploading {@code url}, once it has failed. */
    private String asyncError(String auth, String url) throws Exception {
        String job = asyncJob(auth, url);
        finished(auth, job);
        String error = send(auth, path(job) + "/error", null).body();
        send(auth, path(job), null); // (kept for the job's owner to look at; deleted with the demo)
        return error;
    }

    private String asyncJob(String auth, String url) throws Exception {
        HttpResponse<String> created = send(auth, "/tap/async", form(url) + "&PHASE=RUN");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        return created.headers().firstValue("Location").orElseThrow();
    }

    private String completedJob(String auth, String adql) throws Exception {
        HttpResponse<String> created = send(auth, "/tap/async", "LANG=ADQL&PHASE=RUN&QUERY=" + enc(adql)); // BINARY2
        String job = created.headers().firstValue("Location").orElseThrow();
        assertThat(finished(auth, job)).contains("COMPLETED");
        return job;
    }

    /**
     * The job document once the job has left the active phases. UWS 1.1's WAIT returns at the next
     * change of phase, so a job still QUEUED comes back EXECUTING: wait again until it is done.
     */
    private String finished(String auth, String job) throws Exception {
        String body = "";
        for (int i = 0; i < 10; i++) {
            body = send(auth, path(job) + "?WAIT=30", null).body();
            if (!body.contains(">QUEUED<") && !body.contains(">EXECUTING<")) {
                break;
            }
        }
        return body;
    }

    /** GET when {@code form} is null, else a url-encoded POST; with Authorization when given. */
    private HttpResponse<String> send(String auth, String path, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(DemoHttp.uri(path));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return http.send(request.build());
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private int httpPort(int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        listeners.add(() -> server.stop(0));
        return server.getAddress().getPort();
    }

    /** A port that greets every connection as a mail server would, counting them. */
    private int greetingPort(AtomicInteger connections) throws IOException {
        ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listeners.add(s);
        Thread.ofVirtual().start(() -> {
            while (!s.isClosed()) {
                try (Socket c = s.accept()) {
                    connections.incrementAndGet();
                    c.getOutputStream().write("220 mail.internal ESMTP ready\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    return;
                }
            }
        });
        return s.getLocalPort();
    }
}
