// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowListStarTable;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.table.Tables;
import uk.ac.starlink.util.ByteArrayDataSource;

/**
 * NULLs in every position of every output format (TAP 1.1 §5.1; CSV and TSV by RFC 4180, which TAP
 * 1.1 §3.2 refers to): each written table is read back by STIL's own readers, as astropy and STILTS
 * read them, and must keep every row and every NULL where it was.
 */
class NullCellsTest {

    private static QueryResult table(List<ColumnInfo> columns, Object[]... rows) {
        RowListStarTable t = new RowListStarTable(columns.toArray(ColumnInfo[]::new));
        for (Object[] row : rows) t.addRow(row);
        return QueryResult.complete(t);
    }

    private static QueryResult oneColumn() {
        return table(
                List.of(new ColumnInfo("mag", Double.class, null)),
                new Object[] {null},
                new Object[] {1.5},
                new Object[] {null},
                new Object[] {null});
    }

    private static QueryResult oneStringColumn() {
        return table(
                List.of(new ColumnInfo("name", String.class, null)),
                new Object[] {"a"},
                new Object[] {null},
                new Object[] {"x, \"y\""},
                new Object[] {null});
    }

    private static QueryResult threeColumns() {
        return table(
                List.of(
                        new ColumnInfo("id", Long.class, null),
                        new ColumnInfo("mag", Double.class, null),
                        new ColumnInfo("name", String.class, null)),
                new Object[] {null, 1.0, "a"},
                new Object[] {2L, null, "b"},
                new Object[] {3L, 3.0, null},
                new Object[] {null, null, null});
    }

    private static byte[] write(ResultFormat format, QueryResult table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write(table, "SELECT ...", out);
        return out.toByteArray();
    }

    /** The cells as STIL reads them back, blank (null, NaN or empty) as null. */
    private static List<List<Object>> readBack(byte[] bytes, String stilFormat) throws IOException {
        StarTable t = new StarTableFactory().makeStarTable(new ByteArrayDataSource("result", bytes), stilFormat);
        List<List<Object>> rows = new ArrayList<>();
        try (var seq = t.getRowSequence()) {
            while (seq.next()) {
                List<Object> row = new ArrayList<>();
                for (Object cell : seq.getRow()) row.add(Tables.isBlank(cell) ? null : cell.toString());
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<Object>> expected(QueryResult table) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        try (var seq = table.getRowSequence()) {
            while (seq.next()) {
                List<Object> row = new ArrayList<>();
                for (Object cell : seq.getRow()) row.add(cell == null ? null : cell.toString());
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void csvWritesANullAloneOnItsLineAsAnEmptyQuotedField() throws IOException {
        String csv = new String(write(ResultFormat.CSV, oneColumn()), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly("mag", "\"\"", "1.5", "\"\"", "\"\"");
    }

    @Test
    void csvLeavesABlankLineInsideAQuotedValueAlone() throws IOException {
        QueryResult table = table(
                List.of(new ColumnInfo("name", String.class, null)), new Object[] {"two\n\nlines"}, new Object[] {null
                });
        assertThat(readBack(write(ResultFormat.CSV, table), "csv(header=true)"))
                .containsExactly(List.of("two\n\nlines"), java.util.Collections.singletonList(null));
    }

    @Test
    void everyFormatKeepsEveryRowAndEveryNull() throws IOException {
        for (QueryResult table : List.of(oneColumn(), oneStringColumn(), threeColumns())) {
            List<List<Object>> want = expected(table);
            for (ResultFormat format : ResultFormat.ALL) {
                if (format == ResultFormat.JSON) continue; // read below, STIL has no reader for it
                String stil = format == ResultFormat.FITS
                        ? "fits"
                        : format == ResultFormat.CSV ? "csv(header=true)" : "votable";
                if (format == ResultFormat.TSV) continue; // STIL's TSV reader is not RFC 4180; below
                assertThat(readBack(write(format, table), stil))
                        .as(format.id() + " of " + table.getColumnInfo(0).getName())
                        .isEqualTo(want);
            }
        }
    }

    @Test
    void jsonWritesNullsAsNull() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(write(ResultFormat.JSON, threeColumns()));
        assertThat(doc.get("data")).hasSize(4);
        assertThat(doc.get("data").get(0).get(0).isNull()).isTrue();
        assertThat(doc.get("data").get(1).get(1).isNull()).isTrue();
        assertThat(doc.get("data").get(2).get(2).isNull()).isTrue();
        assertThat(doc.get("data").get(3).toString()).isEqualTo("[null,null,null]");
    }

    @Test
    void tsvKeepsOneLinePerRow() throws IOException {
        String tsv = new String(write(ResultFormat.TSV, oneColumn()), StandardCharsets.UTF_8);
        assertThat(tsv.lines().toList()).hasSize(5).doesNotContain("");
        String three = new String(write(ResultFormat.TSV, threeColumns()), StandardCharsets.UTF_8);
        assertThat(three.lines().toList()).hasSize(5).contains("\t\t");
    }
}
