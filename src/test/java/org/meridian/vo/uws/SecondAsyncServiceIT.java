// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.uws;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.Context;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.app.http.HttpServer;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.JobExecutor;
import org.meridian.core.uws.JobLimits;
import org.meridian.core.uws.JobStore;
import org.meridian.core.uws.JobWorker;
import org.meridian.core.uws.Jobs;
import org.meridian.core.uws.WorkerSettings;
import org.meridian.store.Database;
import org.meridian.store.LocalFileStore;
import org.meridian.testing.TestDatabases;

/** A second async service on the shared UWS tree: an AsyncService and an executor are all it writes. */
class SecondAsyncServiceIT {

    /** The whole service-specific part: where its jobs live and what a job keeps. */
    private static final AsyncService ECHO = new AsyncService() {
        @Override
        public String listPath() {
            return "/echo/async";
        }

        @Override
        public JobInput read(Context ctx, Caller caller) throws org.meridian.core.uws.JobRequestException {
            UwsParams request = UwsParams.of(ctx);
            return new JobInput(request, request.except("phase", "runid"), Map.of(), () -> {});
        }
    };

    /** What an echo job runs: its TEXT parameter becomes its result. */
    private static final JobExecutor EXECUTOR = (job, results, cancel) -> results.write(
            "result",
            "text/plain",
            out -> out.write(job.parameters().get("text").getBytes(StandardCharsets.UTF_8)));

    @Test
    void createsRunsAndServesAJob(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.fresh()) {
            LocalFileStore files = new LocalFileStore(Files.createDirectories(dir.resolve("files")));
            AtomicReference<JobWorker> worker = new AtomicReference<>();
            Jobs jobs = new Jobs(new JobStore(db, JobLimits.DEFAULT), files, "echo", () -> worker.get()
                    .wakeUp());
            worker.set(JobWorker.start(db, files, Map.of("echo", EXECUTOR), WorkerSettings.DEFAULT));
            UwsRoutes routes = new UwsRoutes(jobs, files, new Accounts(db), ECHO);
            try (HttpServer server = HttpServer.start(0, List.of(routes::addTo));
                    JobWorker running = worker.get()) {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://localhost:" + server.port() + "/echo/async";
                HttpResponse<String> created = http.send(
                        HttpRequest.newBuilder(URI.create(base))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("PHASE=RUN&TEXT=hello"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(created.statusCode()).isEqualTo(303);
                String job = created.headers().firstValue("Location").orElseThrow();
                assertThat(job).startsWith(base + "/");

                HttpResponse<String> done = http.send(
                        HttpRequest.newBuilder(URI.create(job + "?WAIT=30&PHASE=QUEUED"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                for (int i = 0; i < 30 && !done.body().contains("COMPLETED"); i++) {
                    done = http.send(
                            HttpRequest.newBuilder(URI.create(job + "?WAIT=5&PHASE=EXECUTING"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                }
                assertThat(done.body()).contains("<uws:phase>COMPLETED</uws:phase>");
                HttpResponse<String> result = http.send(
                        HttpRequest.newBuilder(URI.create(job + "/results/result"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(result.body()).isEqualTo("hello");
            }
        }
    }
}
