// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOTableVersion;
import uk.ac.starlink.votable.VOTableWriter;

/** Writes a list of records as a VOTable BINARY2 file whose columns carry units, UCDs and descriptions. */
final class VotFile {

    /** One column: how to describe it and how to read its value from a row record. */
    record Column<T>(
            String name,
            Class<?> type,
            String unit,
            String ucd,
            String description,
            String xtype,
            Function<T, Object> value) {

        Column(String name, Class<?> type, String unit, String ucd, String description, Function<T, Object> value) {
            this(name, type, unit, ucd, description, null, value);
        }

        ColumnInfo info() {
            ColumnInfo info = new ColumnInfo(name, type, description);
            if (unit != null) {
                info.setUnitString(unit);
            }
            if (ucd != null) {
                info.setUCD(ucd);
            }
            if (xtype != null) {
                info.setXtype(xtype);
            }
            return info;
        }
    }

    private VotFile() {}

    static <T> long write(Path file, String tableName, List<Column<T>> columns, List<T> rows) throws IOException {
        ColumnInfo[] infos = columns.stream().map(Column::info).toArray(ColumnInfo[]::new);
        // a row's cells are computed as the writer takes it, never stored
        GeneratedTable table = new GeneratedTable(infos, rows.size(), (index, random) -> {
            T record = rows.get((int) index);
            return columns.stream().map(c -> c.value().apply(record)).toArray();
        });
        table.setName(tableName);
        VOTableWriter writer = new VOTableWriter(DataFormat.BINARY2, true, VOTableVersion.V14);
        writer.setWriteDate(false); // same bytes on every run
        Files.createDirectories(file.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writer.writeStarTable(table, out);
        }
        return rows.size();
    }
}
