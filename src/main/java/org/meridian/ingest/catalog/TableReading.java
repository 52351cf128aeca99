// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.catalog;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.meridian.xml.VotableReading;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.table.TableSink;
import uk.ac.starlink.util.FileDataSource;

/**
 * Feeds a table file's rows to a {@link TableSink} with STIL. VOTable and FITS stream in one pass;
 * CSV and ECSV need STIL's two passes (the first decides column types), so they are opened as a
 * random-access table and their rows pushed to the sink.
 */
final class TableReading {

    private TableReading() {}

    static void read(Path file, String handler, TableSink sink, LongConsumer bytesRead) throws IOException {
        StarTableFactory factory = new StarTableFactory();
        if (handler.equals("votable") || handler.equals("fits")) {
            try (InputStream in =
                    new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20), bytesRead)) {
                if (handler.equals("votable")) {
                    // A catalog may come from anywhere: read with the hardened parser (no DOCTYPE, no
                    // entities, no STREAM href), never STIL's default one.
                    VotableReading.stream(in, sink);
                } else {
                    factory.getTableBuilder(handler).streamStarTable(in, sink, null);
                }
            }
            return;
        }
        factory.setStoragePolicy(StoragePolicy.PREFER_DISK);
        StarTable table = factory.makeStarTable(new FileDataSource(file.toFile()), handler);
        sink.acceptMetadata(table);
        long size = Files.size(file);
        long rows = table.getRowCount();
        long done = 0;
        try (RowSequence seq = table.getRowSequence()) {
            while (seq.next()) {
                sink.acceptRow(seq.getRow());
                if (rows > 0 && ++done % 100_000 == 0) {
                    bytesRead.accept(size * done / rows);
                }
            }
        }
        sink.endRows();
        bytesRead.accept(size);
    }

    /** Reports bytes read, for the progress bar, every megabyte or so. */
    private static final class CountingStream extends FilterInputStream {
        private final LongConsumer listener;
        private long count;
        private long reported;

        CountingStream(InputStream in, LongConsumer listener) {
            super(in);
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                tick(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                tick(n);
            }
            return n;
        }

        private void tick(long n) {
            count += n;
            if (count - reported >= (1 << 20)) {
                reported = count;
                listener.accept(count);
            }
        }
    }
}
