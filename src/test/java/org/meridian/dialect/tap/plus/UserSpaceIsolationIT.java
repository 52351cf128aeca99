// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No user sees anything of another user's table: not its name, its columns or its rows, through
 * /tables (every filter), TAP_SCHEMA, ADQL by name, delimited names, subqueries or joins; nor can they
 * change or delete it. Hostile table and column names are refused or folded, never executed.
 */
class UserSpaceIsolationIT extends WithTapPlusServer {

    static String alice;
    static String bob;

    @BeforeAll
    static void logInAndUpload() throws Exception {
        alice = f.login("alice", "alice-pw");
        bob = f.login("bob", "bob-pw");
        String secret = "id,hidden_col\n424242,7\n";
        f.uploadOk("secret", "csv", secret, alice);
        f.uploadOk("bobs", "csv", "id\n1\n", bob);
    }

    /** Each query run by bob and by an anonymous caller, each answer checked. */
    static void forBobAndAnonymous(List<String> queries, BiConsumer<String, HttpResponse<String>> check)
            throws Exception {
        for (String cookie : new String[] {bob, null}) {
            for (String adql : queries) {
                check.accept(adql, f.query(adql, cookie));
            }
        }
    }

    /** Nothing of alice's table in an answer to someone else. */
    static void noTrace(HttpResponse<String> r) {
        assertThat(r.body()).doesNotContain("secret", "hidden_col", "424242", "user_alice");
    }

    @Test
    void tablesDocumentsShowOnlyPublicAndOwnTables() throws Exception {
        for (String cookie : new String[] {bob, null}) {
            for (String query : List.of(
                    "",
                    "?only_tables=true",
                    "?share_info=true&share_accessible=true",
                    "?only_schemas=true",
                    "?schemas=user_alice",
                    "?tables=user_alice.secret",
                    "?tables=USER_ALICE.SECRET,pubcat.stars")) {
                HttpResponse<String> r = f.get("/tap-server/tap/tables" + query, cookie);
                assertThat(r.statusCode()).isEqualTo(200);
                noTrace(r);
            }
            noTrace(f.get("/tap/tables", cookie));
            // the 404 repeats the name asked for, and answers as for a name that never existed
            HttpResponse<String> one = f.get("/tap/tables/user_alice.secret", cookie);
            assertThat(one.statusCode()).isEqualTo(404);
            assertThat(one.body())
                    .isEqualTo(f.get("/tap/tables/user_alice.nothing", cookie)
                            .body()
                            .replace("nothing", "secret"));
        }
        assertThat(f.get("/tap-server/tap/tables?only_tables=true", bob).body()).contains("user_bob.bobs");
        assertThat(f.get("/tap-server/tap/tables?only_tables=true", alice).body())
                .contains("user_alice.secret")
                .doesNotContain("user_bob");
    }

    @Test
    void tapSchemaShowsOnlyPublicAndOwnTables() throws Exception {
        forBobAndAnonymous(
                List.of(
                        "SELECT * FROM TAP_SCHEMA.tables",
                        "SELECT * FROM TAP_SCHEMA.columns",
                        "SELECT * FROM TAP_SCHEMA.schemas",
                        "SELECT t.table_name, c.column_name FROM TAP_SCHEMA.tables AS t"
                                + " JOIN TAP_SCHEMA.columns AS c ON c.table_name = t.table_name"),
                (adql, r) -> {
                    assertThat(r.statusCode()).as(adql).isEqualTo(200);
                    noTrace(r);
                });
        assertThat(answer("SELECT table_name FROM TAP_SCHEMA.tables", bob)).contains("user_bob.bobs");
    }

    @Test
    void adqlCannotReachAnotherUsersTable() throws Exception {
        forBobAndAnonymous(
                List.of(
                        "SELECT * FROM user_alice.secret",
                        "SELECT * FROM \"user_alice\".\"secret\"",
                        "SELECT * FROM USER_ALICE.SECRET",
                        "SELECT * FROM pubcat.stars WHERE source_id IN (SELECT id FROM user_alice.secret)",
                        "SELECT * FROM pubcat.stars WHERE EXISTS (SELECT 1 FROM user_alice.secret)",
                        "SELECT * FROM pubcat.stars AS p JOIN user_alice.secret AS s ON s.id = p.source_id",
                        "SELECT * FROM (SELECT * FROM user_alice.secret) AS x",
                        "WITH x AS (SELECT * FROM user_alice.secret) SELECT * FROM x"),
                (adql, r) -> {
                    assertThat(r.statusCode()).as(adql).isEqualTo(400);
                    assertThat(r.body()).as(adql).doesNotContain("424242", "hidden_col", "did you mean user_alice");
                });
        assertThat(answer("SELECT hidden_col FROM user_alice.secret", alice)).contains("7");
    }

    @Test
    void anotherUsersTableCannotBeChangedOrDeleted() throws Exception {
        for (Map<String, String> form : List.of(
                Map.of("TABLE_NAME", "user_alice.secret", "DELETE", "TRUE"),
                Map.of("TABLE_NAME", "secret", "DELETE", "TRUE", "FORCE_REMOVAL", "TRUE"))) {
            HttpResponse<String> r = f.form("/tap-server/Upload", form, bob);
            assertThat(r.statusCode()).isIn(400, 404);
        }
        assertThat(tableTool(
                        Map.of("ACTION", "radec", "TABLE_NAME", "user_alice.secret", "RA", "id", "DEC", "hidden_col"),
                        bob))
                .isEqualTo(400);
        assertThat(tableTool(
                        Map.of("action", "rename", "table_name", "user_alice.secret", "new_table_name", "gone"), bob))
                .isEqualTo(400);
        assertThat(answer("SELECT count(*) AS n FROM user_alice.secret", alice)).contains("\n1\n");
    }

    @Test
    void hostileTableNamesAreRefusedAndNeverExecuted() throws Exception {
        for (String name : List.of(
                "x\"; drop table pubcat.stars; --",
                "a'; drop table pubcat.stars; --",
                "pubcat.stars",
                "user_bob.a.b",
                "../etc",
                "1abc",
                "a b",
                "a\"b",
                "x".repeat(64),
                "tap_schema.tables")) {
            HttpResponse<String> r = f.upload(name, "csv", "id\n1\n", alice);
            assertThat(r.statusCode()).as(name).isEqualTo(400);
            assertThat(r.body()).as(name).contains("QUERY_STATUS");
        }
        assertThat(answer("SELECT count(*) AS n FROM pubcat.stars", null)).contains("\n3\n");
        assertThat(tableTool(
                        Map.of(
                                "ACTION",
                                "radec",
                                "TABLE_NAME",
                                "secret",
                                "RA",
                                "id\"; drop table x; --",
                                "DEC",
                                "hidden_col"),
                        alice))
                .isEqualTo(400);
        assertThat(tableTool(Map.of("action", "rename", "table_name", "secret", "new_column_names", "id:a\"b"), alice))
                .isEqualTo(400);
        // a mixed-case plain name is folded, as ADQL folds regular identifiers
        f.uploadOk("MixedCase", "csv", "id\n1\n", alice);
        assertThat(answer("SELECT count(*) AS n FROM user_alice.mixedcase", alice))
                .contains("\n1\n");
        f.deleteTable("mixedcase", alice);
    }

    @Test
    void hostileColumnNamesInTheFileAreFoldedToPlainNames() throws Exception {
        String csv = "\"a\"\"; drop table pubcat.stars; --\",\"select\",\"Ra (deg)\"\n1,2,3\n";
        f.uploadOk("cols", "csv", csv, alice);
        String table =
                f.get("/tap-server/tap/tables?tables=user_alice.cols", alice).body();
        assertThat(table).contains("<name>a___drop_table_pubcat_stars____</name>", "<name>ra__deg_</name>");
        assertThat(answer("SELECT \"select\", ra__deg_ FROM user_alice.cols", alice))
                .contains("2,3");
        assertThat(answer("SELECT count(*) AS n FROM pubcat.stars", null)).contains("\n3\n");
        f.deleteTable("cols", alice);
    }

    @Test
    void formatsOtherThanVotableAreReadByStil() throws Exception {
        String ascii = "# id x\n1 2.5\n2 3.5\n";
        f.uploadOk("asciitab", "ascii", ascii, alice);
        assertThat(answer("SELECT count(*) AS n FROM user_alice.asciitab", alice))
                .contains("\n2\n");
        f.deleteTable("asciitab", alice);
        HttpResponse<String> bad = f.upload("bad", "votable", "<VOTABLE><nonsense", alice);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(f.upload("bad", "parquet", "x", alice).statusCode()).isEqualTo(400);
    }

    /** The body of a synchronous query's answer, as {@code cookie}'s holder (null: anonymous). */
    private String answer(String adql, String cookie) throws Exception {
        return f.query(adql, cookie).body();
    }

    /** The status of a TableTool request, as {@code cookie}'s holder. */
    private int tableTool(Map<String, String> form, String cookie) throws Exception {
        return f.form("/tap-server/TableTool", form, cookie).statusCode();
    }
}
