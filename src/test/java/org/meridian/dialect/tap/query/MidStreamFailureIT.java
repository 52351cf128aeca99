// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.store.Database;
import org.meridian.testing.TestDatabases;
import org.meridian.vo.output.ResultFormat;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.util.ByteArrayDataSource;

/**
 * A query that fails after its first rows were written (a division by zero at row 2500, beyond the
 * first cursor fetch): the VOTable still closes its TABLE and ends with INFO QUERY_STATUS=ERROR.
 */
class MidStreamFailureIT {

    @Test
    void anErrorMidStreamEndsTheVotableWithAnErrorInfo() throws Exception {
        try (Database db = TestDatabases.fresh();
                Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s =
                    c.prepareStatement("select g as n, 1 / (2500 - g) as x from generate_series(1, 5000) g")) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery()) {
                    ResultTable table = new ResultTable(rs, List.of(), 100_000);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ResultFormat.VOTABLE_BINARY2.writer().write(table, "SELECT ...", out);
                    String text = out.toString(StandardCharsets.UTF_8);

                    assertThat((Throwable) table.failure()).isNotNull();
                    assertThat(table.failure().getSQLState()).isEqualTo("22012");
                    assertThat(table.rows()).isBetween(1000L, 2499L);
                    assertThat(text.indexOf("QUERY_STATUS\" value=\"ERROR\""))
                            .isGreaterThan(text.indexOf("</TABLE>"))
                            .isGreaterThan(0);
                    assertThat(text).contains("division by zero").endsWith("</VOTABLE>\n");

                    StarTable read = new StarTableFactory()
                            .makeStarTable(new ByteArrayDataSource("r.vot", out.toByteArray()), "votable");
                    long rows = 0;
                    try (RowSequence seq = read.getRowSequence()) {
                        while (seq.next()) {
                            rows++;
                        }
                    }
                    assertThat(rows).isEqualTo(table.rows());
                }
            }
            c.rollback();
        }
    }
}
