// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a sequence of streams on its own thread, a bounded number of chunks ahead of the
 * consumer, so that a bundle download (tar, zip) reads the next bytes from disk while the last ones
 * are still going out to the network. Without it one thread alternates between waiting for the
 * disk and waiting for the socket, and a cold download runs at about half the slower of the two
 * rates. Chunks are recycled, and each byte is copied no more often than a plain read-then-write
 * loop copies it. Memory per instance: {@code chunkSize * (chunksAhead + 1)}.
 *
 * <p>One consumer thread calls {@link #copyNextTo} once per source, in order; {@link #close}
 * stops the reader (also midway, when the client went away).
 */
public final class ReadAhead implements AutoCloseable {

    /** Opens one source when the reader reaches it. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** A filled chunk, the end of one source, or the failure that stopped the reader. */
    private record Chunk(byte[] bytes, int length, IOException failure) {
        static final Chunk END_OF_SOURCE = new Chunk(null, -1, null);
    }

    private final BlockingQueue<byte[]> free;
    private final BlockingQueue<Chunk> filled;
    private final Thread reader;

    public ReadAhead(List<Source> sources, int chunkSize, int chunksAhead) {
        this.free = new ArrayBlockingQueue<>(chunksAhead + 1);
        this.filled = new ArrayBlockingQueue<>(chunksAhead + 2);
        for (int i = 0; i <= chunksAhead; i++) {
            free.add(new byte[chunkSize]);
        }
        List<Source> copy = List.copyOf(sources);
        // A platform thread: it spends its life in blocking file reads, which would pin a virtual
        // thread's carrier; there is one per download in flight.
        this.reader = Thread.ofPlatform().daemon().name("read-ahead").start(() -> readAll(copy));
    }

    private void readAll(List<Source> sources) {
        try {
            for (Source source : sources) {
                try (InputStream in = source.open()) {
                    while (true) {
                        byte[] chunk = free.take();
                        int n = in.readNBytes(chunk, 0, chunk.length);
                        if (n > 0) {
                            filled.put(new Chunk(chunk, n, null));
                        } else {
                            free.put(chunk);
                        }
                        if (n < chunk.length) {
                            break;
                        }
                    }
                }
                filled.put(Chunk.END_OF_SOURCE);
            }
        } catch (InterruptedException | InterruptedIOException e) {
            // close() was called: the consumer is gone
        } catch (IOException e) {
            report(e);
        } catch (RuntimeException e) {
            // e.g. a store refusing access: the consumer must hear of it, not wait for ever
            report(new IOException(e.getMessage(), e));
        }
    }

    private void report(IOException failure) {
        try {
            filled.put(new Chunk(null, -1, failure));
        } catch (InterruptedException closed) {
            // the consumer is gone and needs no report
        }
    }

    /** Writes the next source's bytes to {@code out}; throws what the reader met reading them. */
    public void copyNextTo(OutputStream out) throws IOException {
        try {
            while (true) {
                Chunk chunk = filled.take();
                if (chunk.failure() != null) {
                    throw chunk.failure();
                }
                if (chunk == Chunk.END_OF_SOURCE) {
                    return;
                }
                out.write(chunk.bytes(), 0, chunk.length());
                free.put(chunk.bytes());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for file bytes");
        }
    }

    @Override
    public void close() {
        reader.interrupt();
    }
}
