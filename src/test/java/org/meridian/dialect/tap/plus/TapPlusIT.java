// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Gaia TAP+ over real HTTP: login, the Gaia tableset and its filters, user tables, table tool, jobs. */
class TapPlusIT extends WithTapPlusServer {

    @Test
    void loginSetsJsessionidAsTheFirstCookieAndLogoutEndsTheSession() throws Exception {
        HttpResponse<String> login =
                f.form("/tap-server/login", Map.of("username", "alice", "password", "alice-pw"), null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).hasSize(1);
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("JSESSIONID=");
        String cookie = f.login("alice", "alice-pw");
        assertThat(f.get("/tap-server/tap/jobs/async", cookie).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = f.form("/tap-server/logout", Map.of(), cookie);
        assertThat(logout.statusCode()).isEqualTo(200);
        // the session is gone: the stale cookie is refused, not taken for anonymous
        assertThat(f.get("/tap-server/tap/jobs/async", cookie).statusCode()).isEqualTo(401);

        HttpResponse<String> wrong = f.form("/tap-server/login", Map.of("username", "alice", "password", "nope"), null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(wrong.body()).contains("QUERY_STATUS").contains("wrong username or password");
    }

    @Test
    void gaiaTablesetCarriesFlagsOnEveryColumnAndHonoursTheFilters() throws Exception {
        String all = f.get("/tap-server/tap/tables", null).body();
        assertThat(all).contains("xmlns:esatapplus=\"http://esa.int/xml/EsaTapPlus\"", "<name>pubcat.stars</name>");
        assertThat(count(all, "<column "))
                .isPositive()
                .isEqualTo(count(all, "esatapplus:flags=\"") - count(all, "<table "));
        assertThat(all).containsPattern("esatapplus:flags=\"1\"[^>]*>\\s*<name>ra</name>");
        // the standard /tap/tables stays plain for validators
        assertThat(f.get("/tap/tables", null).body()).doesNotContain("esatapplus");

        String one = f.get("/tap-server/tap/tables?tables=pubcat.stars", null).body();
        assertThat(count(one, "<table ")).isEqualTo(1);
        assertThat(one).contains("<name>source_id</name>");

        String onlyTables = f.get("/tap-server/tap/tables?only_tables=true&share_accessible=true", null)
                .body();
        assertThat(onlyTables).contains("<name>pubcat.stars</name>").doesNotContain("<column");

        String schemas = f.get("/tap-server/tap/tables?only_schemas=TRUE", null).body();
        assertThat(schemas).contains("<name>pubcat</name>").doesNotContain("<table");

        String inSchema = f.get("/tap-server/tap/tables?schemas=pubcat&only_tables=true", null)
                .body();
        assertThat(inSchema).contains("<name>pubcat.stars</name>").doesNotContain("TAP_SCHEMA.tables");

        HttpResponse<String> post = f.form("/tap-server/tap/tables", Map.of("tables", "TAP_SCHEMA.tables"), null);
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(count(post.body(), "<table ")).isEqualTo(1);
        assertThat(post.body()).contains("<name>TAP_SCHEMA.tables</name>");
    }

    @Test
    void uploadedTablesAreQueriedByTheirOwnerAndListedInTheirTapSchema() throws Exception {
        String alice = f.login("alice", "alice-pw");
        HttpResponse<String> up = f.upload("mine", "votable", TapPlusFixture.votable("10.0", "-20.0"), alice);
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        HttpResponse<String> csv = f.upload("fromcsv", "csv", "id,x\n1,2.5\n2,3.5\n", alice);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);

        assertThat(f.query("SELECT source_id FROM user_alice.mine ORDER BY source_id", alice)
                        .body())
                .isEqualTo("source_id\n1\n2\n3\n");
        assertThat(f.query("SELECT sum(x) AS s FROM user_alice.fromcsv", alice).body())
                .contains("6.0");
        // the same tables through plain /tap/sync, with the same session
        assertThat(f.form(
                                "/tap/sync",
                                Map.of(
                                        "LANG",
                                        "ADQL",
                                        "FORMAT",
                                        "csv",
                                        "QUERY",
                                        "SELECT count(*) AS n FROM user_alice.mine"),
                                alice)
                        .body())
                .contains("3");
        assertThat(f.query(
                                "SELECT table_name FROM TAP_SCHEMA.tables WHERE schema_name = 'user_alice'"
                                        + " ORDER BY table_name",
                                alice)
                        .body())
                .isEqualTo("table_name\nuser_alice.fromcsv\nuser_alice.mine\n");
        assertThat(f.query(
                                "SELECT column_name FROM TAP_SCHEMA.columns WHERE table_name = 'user_alice.fromcsv'"
                                        + " ORDER BY column_index",
                                alice)
                        .body())
                .isEqualTo("column_name\nid\nx\n");
        String tables = f.get("/tap-server/tap/tables?only_tables=true", alice).body();
        assertThat(tables).contains("<name>user_alice.mine</name>", "esatapplus:public=\"false\"");

        assertThat(f.form(
                                "/tap-server/Upload",
                                Map.of("TABLE_NAME", "fromcsv", "DELETE", "TRUE", "FORCE_REMOVAL", "FALSE"),
                                alice)
                        .statusCode())
                .isEqualTo(200);
        assertThat(f.query("SELECT * FROM user_alice.fromcsv", alice).body()).contains("unknown table");
        assertThat(tableExists("user_alice", "fromcsv")).isFalse();
        f.deleteTable("mine", alice);
    }

    @Test
    void radecGivesTheTablePositionFlagsAndTheHealpixIndex() throws Exception {
        String alice = f.login("alice", "alice-pw");
        f.uploadOk("sky", "votable", TapPlusFixture.votable("10.0", "-20.0"), alice);
        HttpResponse<String> radec = f.form(
                "/tap-server/TableTool",
                Map.of("ACTION", "radec", "TABLE_NAME", "user_alice.sky", "RA", "ra", "DEC", "dec"),
                alice);
        assertThat(radec.statusCode()).as(radec.body()).isEqualTo(200);

        String table =
                f.get("/tap-server/tap/tables?tables=user_alice.sky", alice).body();
        assertThat(table).containsPattern("esatapplus:flags=\"1\"[^>]*>\\s*<name>ra</name>");
        assertThat(table).containsPattern("esatapplus:flags=\"2\"[^>]*>\\s*<name>dec</name>");
        assertThat(table).contains("<name>hpx</name>", "<ucd>pos.eq.ra;meta.main</ucd>");
        try (Connection c = f.db.connection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select indexname from pg_indexes where schemaname = 'user_alice'"
                        + " and tablename = 'sky'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("sky_hpx");
        }
        // hpx agrees with the archive's own catalogue (same order, same scheme) for the same position
        assertThat(f.query(
                                "SELECT u.source_id FROM user_alice.sky AS u JOIN pubcat.stars AS p"
                                        + " ON u.hpx = p.hpx ORDER BY u.source_id",
                                alice)
                        .body())
                .isEqualTo("source_id\n1\n2\n3\n");
        String cone = f.query(
                        "SELECT source_id FROM user_alice.sky WHERE 1 = CONTAINS(POINT('ICRS', ra, dec),"
                                + " CIRCLE('ICRS', 10.0, -20.0, 0.05)) ORDER BY source_id",
                        alice)
                .body();
        assertThat(cone).isEqualTo("source_id\n1\n2\n");
        f.deleteTable("sky", alice);
    }

    @Test
    void editSetsUcdFlagsAndIndexesAndRenameRenames() throws Exception {
        String alice = f.login("alice", "alice-pw");
        f.uploadOk("ed", "votable", TapPlusFixture.votable("1.0", "2.0"), alice);
        Map<String, String> edit = new LinkedHashMap<>();
        edit.put("ACTION", "edit");
        edit.put("NUMTABLES", "1");
        edit.put("TABLE0", "user_alice.ed");
        edit.put("TABLE0_NUMCOLS", "2");
        edit.put("TABLE0_COL0", "mag");
        edit.put("TABLE0_COL0_UCD", "phot.mag;em.opt.V");
        edit.put("TABLE0_COL0_UTYPE", "None");
        edit.put("TABLE0_COL0_INDEXED", "True");
        edit.put("TABLE0_COL0_FLAGS", "Mag");
        edit.put("TABLE0_COL1", "source_id");
        edit.put("TABLE0_COL1_UCD", "meta.id;meta.main");
        edit.put("TABLE0_COL1_UTYPE", "None");
        edit.put("TABLE0_COL1_INDEXED", "False");
        edit.put("TABLE0_COL1_FLAGS", "PK");
        HttpResponse<String> r = f.form("/tap-server/TableTool", edit, alice);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String table =
                f.get("/tap-server/tap/tables?tables=user_alice.ed", alice).body();
        assertThat(table).containsPattern("esatapplus:flags=\"8\"[^>]*>\\s*<name>mag</name>");
        assertThat(table).containsPattern("esatapplus:flags=\"16\"[^>]*>\\s*<name>source_id</name>");
        assertThat(table).contains("<ucd>phot.mag;em.opt.V</ucd>");
        assertThat(indexes("ed")).containsExactly("ed_mag_idx");

        HttpResponse<String> rename = f.form(
                "/tap-server/TableTool",
                Map.of(
                        "action",
                        "rename",
                        "table_name",
                        "user_alice.ed",
                        "new_table_name",
                        "renamed",
                        "new_column_names",
                        "mag:vmag"),
                alice);
        assertThat(rename.statusCode()).as(rename.body()).isEqualTo(200);
        assertThat(f.query("SELECT vmag FROM user_alice.renamed WHERE source_id = 1", alice)
                        .body())
                .contains("12.5");
        assertThat(f.query("SELECT * FROM user_alice.ed", alice).body()).contains("unknown table");
        f.deleteTable("renamed", alice);
    }

    @Test
    void quotasRefuseWithClearMessagesAndLeaveNothingBehind() throws Exception {
        String bob = f.login("bob", "bob-pw");
        StringBuilder big = new StringBuilder("id\n");
        for (int i = 0; i < TapPlusFixture.QUOTA.rows() + 1; i++) {
            big.append(i).append('\n');
        }
        HttpResponse<String> rows = f.upload("big", "csv", big.toString(), bob);
        assertThat(rows.statusCode()).isEqualTo(403);
        assertThat(rows.body()).contains("quota exceeded", "rows");
        assertThat(tableExists("user_bob", "big")).isFalse();

        for (int i = 0; i < TapPlusFixture.QUOTA.tables(); i++) {
            f.uploadOk("q" + i, "csv", "id\n1\n", bob);
        }
        HttpResponse<String> tables = f.upload("one_more", "csv", "id\n1\n", bob);
        assertThat(tables.statusCode()).isEqualTo(403);
        assertThat(tables.body()).contains("quota exceeded: you have 3 tables, the limit is 3");
        for (int i = 0; i < TapPlusFixture.QUOTA.tables(); i++) {
            f.deleteTable("q" + i, bob);
        }
    }

    @Test
    void userSpaceNeedsALogin() throws Exception {
        HttpResponse<String> up = f.upload("anon", "csv", "id\n1\n", null);
        assertThat(up.statusCode()).isEqualTo(401);
        assertThat(up.body()).contains("log in first");
        assertThat(f.form("/tap-server/TableTool", Map.of("ACTION", "radec"), null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(f.form("/tap-server/tap/deletejobs", Map.of("JOB_IDS", "x"), null)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void asyncJobsAtGaiaPathsAreListedQueriedByJobUploadAndDeleted() throws Exception {
        String alice = f.login("alice", "alice-pw");
        HttpResponse<String> created = f.form(
                "/tap-server/tap/async",
                Map.of(
                        "REQUEST",
                        "doQuery",
                        "LANG",
                        "ADQL",
                        "PHASE",
                        "RUN",
                        "QUERY",
                        "SELECT source_id FROM pubcat.stars"),
                alice);
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(f.base() + "/tap-server/tap/async/");
        String id = location.substring(location.lastIndexOf('/') + 1);
        f.awaitCompleted(id, alice);
        String list = f.get("/tap-server/tap/jobs/async?offset=0&limit=20&order=CREATION_TIME:DESC", alice)
                .body();
        assertThat(list).contains("<uws:jobref id=\"" + id + "\"");
        assertThat(f.get("/tap-server/tap/jobs/async", f.login("bob", "bob-pw")).body())
                .doesNotContain(id);
        assertThat(f.get("/tap-server/tap/jobs/sync", alice).statusCode()).isEqualTo(200);

        // queries on jobs: the finished job's result is job_upload."job<id>", for its owner only
        assertThat(f.query("SELECT count(*) AS n FROM job_upload.\"job" + id + "\" WHERE source_id > 1", alice)
                        .body())
                .isEqualTo("n\n2\n");
        assertThat(f.query(
                                "SELECT TOP 1 j.source_id FROM job_upload.job" + id + " AS j JOIN pubcat.stars AS p"
                                        + " ON p.source_id = j.source_id ORDER BY j.source_id",
                                alice)
                        .body())
                .isEqualTo("source_id\n1\n");
        HttpResponse<String> stranger = f.query("SELECT * FROM job_upload.\"job" + id + "\"", f.login("bob", "bob-pw"));
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(stranger.body()).contains("unknown table").doesNotContain("source_id");
        assertThat(f.query("SELECT * FROM job_upload.\"job" + id + "\"", null).statusCode())
                .isEqualTo(400);
        HttpResponse<String> fromJob = f.multipart(
                "/tap-server/Upload",
                Map.of(
                        "TASKID",
                        "-1",
                        "JOBID",
                        id,
                        "TABLE_NAME",
                        "fromjob",
                        "TABLE_DESC",
                        "d",
                        "FORMAT",
                        "<built-in function format>"),
                "FILE",
                "",
                "",
                alice);
        assertThat(fromJob.statusCode()).as(fromJob.body()).isEqualTo(200);
        assertThat(f.query("SELECT count(*) AS n FROM user_alice.fromjob", alice)
                        .body())
                .contains("3");
        f.deleteTable("fromjob", alice);

        HttpResponse<String> notYours =
                f.form("/tap-server/tap/deletejobs", Map.of("JOB_IDS", id), f.login("bob", "bob-pw"));
        assertThat(notYours.statusCode()).isEqualTo(404);
        assertThat(f.form("/tap-server/tap/deletejobs", Map.of("JOB_IDS", id), alice)
                        .statusCode())
                .isEqualTo(200);
        assertThat(f.get("/tap-server/tap/jobs/async", alice).body()).doesNotContain(id);
    }

    static boolean tableExists(String schema, String table) throws Exception {
        try (Connection c = f.db.connection();
                var s = c.prepareStatement("select to_regclass(?)")) {
            s.setString(1, schema + "." + table);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1) != null;
            }
        }
    }

    static java.util.List<String> indexes(String table) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection c = f.db.connection();
                var s = c.prepareStatement("select indexname from pg_indexes where tablename = ? order by 1")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
        }
        return names;
    }

    static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
