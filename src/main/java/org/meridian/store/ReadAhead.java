// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a sequence of streams on their own threads, a bounded number of chunks ahead of the
 * consumer, so that a bundle download (tar, zip) reads the next bytes from disk while the last ones
 * are still going out to the network. Without it one thread alternates between waiting for the
 * disk and waiting for the socket, and a cold download runs at about half the slower of the two
 * rates. With several readers, reader k reads sources k, k + readers, ...: the disk then has more
 * than one request in flight, which a network or virtual disk needs to reach its rate. Chunks are
 * recycled, and each byte is copied no more often than a plain read-then-write loop copies it.
 * Memory per instance: {@code readers * chunkSize * (chunksAhead + 1)}.
 *
 * <p>One consumer thread calls {@link #copyNextTo} once per source, in order; {@link #close}
 * stops the readers (also midway, when the client went away).
 */
public final class ReadAhead implements AutoCloseable {

    /** Opens one source when its reader reaches it. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** A filled chunk, the end of one source, or the failure that stopped a reader. */
    private record Chunk(byte[] bytes, int length, IOException failure) {
        static final Chunk END_OF_SOURCE = new Chunk(null, -1, null);
    }

    private final List<Lane> lanes = new ArrayList<>();
    private int next;

    public ReadAhead(List<Source> sources, int chunkSize, int chunksAhead) {
        this(sources, chunkSize, chunksAhead, 1);
    }

    public ReadAhead(List<Source> sources, int chunkSize, int chunksAhead, int readers) {
        List<Source> all = List.copyOf(sources);
        for (int k = 0; k < readers; k++) {
            List<Source> mine = new ArrayList<>();
            for (int i = k; i < all.size(); i += readers) {
                mine.add(all.get(i));
            }
            lanes.add(new Lane(mine, chunkSize, chunksAhead));
        }
    }

    /** Writes the next source's bytes to {@code out}; throws what its reader met reading them. */
    public void copyNextTo(OutputStream out) throws IOException {
        lanes.get(next++ % lanes.size()).copyNextTo(out);
    }

    @Override
    public void close() {
        lanes.forEach(Lane::close);
    }

    /** One reader thread, its sources in order, and the chunks it has filled for the consumer. */
    private static final class Lane {

        private final BlockingQueue<byte[]> free;
        private final BlockingQueue<Chunk> filled;
        private final Thread reader;

        Lane(List<Source> sources, int chunkSize, int chunksAhead) {
            this.free = new ArrayBlockingQueue<>(chunksAhead + 1);
            this.filled = new ArrayBlockingQueue<>(chunksAhead + 2);
            for (int i = 0; i <= chunksAhead; i++) {
                free.add(new byte[chunkSize]);
            }
            // A platform thread: it spends its life in blocking file reads, which would pin a
            // virtual thread's carrier; there are a few per download in flight.
            this.reader = Thread.ofPlatform().daemon().name("read-ahead").start(() -> readAll(sources));
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

        void copyNextTo(OutputStream out) throws IOException {
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

        void close() {
            reader.interrupt();
        }
    }
}
