// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadAheadTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void eachSourceComesOutWhole_inOrder_atChunkBoundariesAndBetweenThem(int readers) throws IOException {
        Random random = new Random(7);
        // Empty, shorter than a chunk, exactly one chunk, several chunks and a remainder.
        int[] sizes = {0, 5, 16, 16 * 3, 16 * 5 + 7, 1};
        List<byte[]> contents = new ArrayList<>();
        List<ReadAhead.Source> sources = new ArrayList<>();
        for (int size : sizes) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            contents.add(bytes);
            sources.add(() -> new ByteArrayInputStream(bytes));
        }
        try (ReadAhead ahead = new ReadAhead(sources, 16, 2, readers)) {
            for (byte[] expected : contents) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ahead.copyNextTo(out);
                assertThat(out.toByteArray()).isEqualTo(expected);
            }
        }
    }

    @Test
    void aFailedReadReachesTheConsumerAtThatSource() throws IOException {
        List<ReadAhead.Source> sources = List.of(() -> new ByteArrayInputStream(new byte[40]), () -> {
            throw new IOException("disk on fire");
        });
        try (ReadAhead ahead = new ReadAhead(sources, 16, 2)) {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            ahead.copyNextTo(first);
            assertThat(first.size()).isEqualTo(40);
            assertThatThrownBy(() -> ahead.copyNextTo(new ByteArrayOutputStream()))
                    .isInstanceOf(IOException.class)
                    .hasMessage("disk on fire");
        }
    }

    @Test
    void anUncheckedFailureAlsoReachesTheConsumer() {
        List<ReadAhead.Source> sources = List.of(() -> {
            throw new SecurityException("not yours");
        });
        try (ReadAhead ahead = new ReadAhead(sources, 16, 2)) {
            assertThatThrownBy(() -> ahead.copyNextTo(new ByteArrayOutputStream()))
                    .isInstanceOf(IOException.class)
                    .hasCauseInstanceOf(SecurityException.class);
        }
    }

    @Test
    void theReaderStaysABoundedNumberOfChunksAheadAndStopsOnClose() throws Exception {
        AtomicInteger chunksRead = new AtomicInteger();
        CountDownLatch closed = new CountDownLatch(1);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                chunksRead.incrementAndGet();
                return len;
            }

            @Override
            public void close() {
                closed.countDown();
            }
        };
        ReadAhead ahead = new ReadAhead(List.of(() -> endless), 16, 3);
        Thread.sleep(200);
        // 3 chunks ahead plus the one the reader waits to hand over
        assertThat(chunksRead.get()).isLessThanOrEqualTo(4);
        ahead.close();
        assertThat(closed.await(5, TimeUnit.SECONDS))
                .as("the source is closed when the consumer goes away")
                .isTrue();
    }
}
