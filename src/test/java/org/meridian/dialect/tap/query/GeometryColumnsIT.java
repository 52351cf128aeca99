// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.AdqlParser;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.sql.PostgresWriter;
import org.meridian.dialect.tap.adql.sql.SqlTranslator;
import org.meridian.store.Database;
import org.meridian.testing.TestDatabases;
import org.meridian.vo.output.ResultFormat;

/**
 * DALI 1.1 §3.3.5–3.3.7: geometry computed in the select list is declared as the shape it is,
 * {@code datatype="double" arraysize="2" xtype="point"} (3 and circle, * and polygon), not as a
 * bare array.
 */
class GeometryColumnsIT {

    @Test
    void constructedGeometryIsDeclaredWithItsDaliXtype() throws Exception {
        Query translated = SqlTranslator.withoutSchema()
                .rewrite(AdqlParser.parse("SELECT POINT(10, 20) AS p, CIRCLE(POINT(1, 2), 3) AS c,"
                        + " POLYGON(1, 2, 3, 4, 5, 6) AS g, BOX(10, 20, 2, 2) AS b, x FROM t"));
        try (Database db = TestDatabases.seeded("create table t (x integer)", "insert into t values (7)");
                Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(new PostgresWriter().print(translated))) {
            ResultTable table = new ResultTable(rs, List.of(), GeometryColumns.of(translated), 10, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultFormat.VOTABLE_TABLEDATA.writer().write(table, "SELECT ...", out);
            String votable = out.toString(StandardCharsets.UTF_8);
            assertThat(field(votable, "p")).contains("datatype=\"double\"", "arraysize=\"2\"", "xtype=\"point\"");
            assertThat(field(votable, "c")).contains("datatype=\"double\"", "arraysize=\"3\"", "xtype=\"circle\"");
            assertThat(field(votable, "g")).contains("datatype=\"double\"", "arraysize=\"*\"", "xtype=\"polygon\"");
            assertThat(field(votable, "b")).contains("arraysize=\"*\"", "xtype=\"polygon\"");
            assertThat(field(votable, "x")).contains("datatype=\"int\"").doesNotContain("xtype");
            assertThat(votable).contains("<TD>10.0 20.0</TD>");
        }
    }

    private static String field(String votable, String name) {
        int at = votable.indexOf("name=\"" + name + "\"");
        int start = votable.lastIndexOf("<FIELD", at);
        return votable.substring(start, votable.indexOf('>', at));
    }
}
