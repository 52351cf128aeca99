// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.meridian.app.Archive;
import org.meridian.app.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code meridian serve}: serve the archive as it is, without demo data. */
@Command(name = "serve", description = "Serve the archive over HTTP (no demo data).")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions options;

    @Option(names = "--scheduler", description = "run the in-process observing scheduler")
    boolean scheduler;

    @Mixin
    ServingOptions serving;

    @Override
    public Integer call() throws Exception {
        Archive archive = serving.open(options);
        Server server = Server.start(archive, scheduler);
        server.markReady();
        System.err.println("meridian: serving " + archive.settings().home() + " on http://localhost:" + server.port()
                + "/" + (server.tlsPort() > 0 ? " and https://localhost:" + server.tlsPort() + "/" : "")
                + " (Ctrl-C stops)");
        waitForShutdown(server, archive);
        return 0;
    }

    /** Blocks until Ctrl-C (or SIGTERM), then stops HTTP first and the store last. */
    static void waitForShutdown(Server server, Archive archive) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("\nmeridian: stopping");
            server.close();
            archive.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
