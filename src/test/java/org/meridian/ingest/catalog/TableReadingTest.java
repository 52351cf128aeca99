// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.testing.XmlAttacks;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.TableSink;

/** {@code catalog import} reads VOTables with the hardened reader: every XML attack fails to load. */
class TableReadingTest {

    @TempDir
    Path dir;

    @Test
    void everyXmlAttackFailsWithoutTheSecret() throws Exception {
        try (XmlAttacks attacks = new XmlAttacks()) {
            List<String> loaded = new ArrayList<>();
            for (Map.Entry<String, String> attack : attacks.documents().entrySet()) {
                Path file = Files.writeString(dir.resolve("attack.vot"), attack.getValue());
                Rows rows = new Rows();
                Throwable thrown = catchThrowable(() -> TableReading.read(file, "votable", rows, n -> {}));
                if (thrown == null) {
                    loaded.add(attack.getKey() + ": " + rows.text);
                } else {
                    assertThat(String.valueOf(thrown.getMessage())).doesNotContain(attacks.secret());
                }
                assertThat(rows.text.toString()).as(attack.getKey()).doesNotContain(attacks.secret());
            }
            assertThat(loaded).isEmpty();
            assertThat(attacks.hits()).isZero();
        }
    }

    @Test
    void aPlainVotableStillStreams() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.vot"), XmlAttacks.plain("M31"));
        Rows rows = new Rows();
        TableReading.read(file, "votable", rows, n -> {});
        assertThat(rows.text.toString()).isEqualTo("[M31]");
        assertThat(rows.ended).isTrue();
    }

    /** Collects the rows a reader hands over. */
    private static final class Rows implements TableSink {
        final StringBuilder text = new StringBuilder();
        boolean ended;

        @Override
        public void acceptMetadata(StarTable meta) {}

        @Override
        public void acceptRow(Object[] row) {
            text.append(Arrays.toString(row));
        }

        @Override
        public void endRows() {
            ended = true;
        }
    }
}
