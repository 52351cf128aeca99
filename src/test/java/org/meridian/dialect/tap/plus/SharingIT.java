// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sharing (seed sections 2.7, 2.8): a table shared with a group is read by its members, and only
 * while it is shared; nobody outside the group sees anything of it; only owners change groups, items
 * and tables.
 */
class SharingIT extends WithTapPlusServer {

    private static HttpResponse<String> share(Map<String, String> form, String cookie) throws Exception {
        return f.form("/tap-server/tap/share", form, cookie);
    }

    private static int shareStatus(Map<String, String> form, String cookie) throws Exception {
        return share(form, cookie).statusCode();
    }

    /** What bob's query of alice's table answers: 200 while it is shared with him, 400 (unknown table) otherwise. */
    private static int readStatus(String cookie) throws Exception {
        return f.query("SELECT val FROM user_alice.shared_t", cookie).statusCode();
    }

    @Test
    void aSharedTableIsReadByTheGroupOnlyWhileShared() throws Exception {
        String alice = f.login("alice", "alice-pw");
        String bob = f.login("bob", "bob-pw");
        String carol = f.login("carol", "carol-pw");
        f.uploadOk("shared_t", "csv", "id,val\n1,77\n", alice);

        HttpResponse<String> created = share(
                Map.of("action", "CreateOrUpdateGroup", "title", "team", "description", "my team", "users_list", "bob"),
                alice);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        Matcher gm =
                Pattern.compile("OK\\nGroup '(\\d+)' successfully created\\.").matcher(created.body());
        assertThat(gm.find()).as(created.body()).isTrue();
        String group = gm.group(1);

        String groups = f.get("/tap-server/tap/share?action=GetGroups", bob).body();
        assertThat(groups)
                .contains(
                        "<sharedGroup id=\"" + group + "\" owner=\"alice\">",
                        "<title><![CDATA[team]]></title>",
                        "<user id=\"bob\"");
        assertThat(f.get("/tap-server/tap/share?action=GetGroups", carol).body())
                .doesNotContain("team");

        HttpResponse<String> item = f.shareTable("user_alice.shared_t", group, "for the team", alice);
        assertThat(item.statusCode()).as(item.body()).isEqualTo(200);
        Matcher im = Pattern.compile("Resource '(\\d+)' \\(type '0'\\) successfully created")
                .matcher(item.body());
        assertThat(im.find()).isTrue();
        String resource = im.group(1);
        assertThat(f.get("/tap-server/tap/share?action=GetSharedItems", alice).body())
                .contains(
                        "<sharedItems owner=\"alice\">",
                        "<sharedItem id=\"" + resource + "\" type=\"0\">",
                        "<sharedToItem shareTo=\"" + group + "\" shareType=\"Group\" shareMode=\"Read\"/>");

        assertThat(f.query("SELECT val FROM user_alice.shared_t", bob).body()).isEqualTo("val\n77\n");
        assertThat(f.get("/tap-server/tap/tables?only_tables=true&share_accessible=true", bob)
                        .body())
                .contains("<name>user_alice.shared_t</name>");
        assertThat(f.query("SELECT table_name FROM TAP_SCHEMA.tables WHERE schema_name = 'user_alice'", bob)
                        .body())
                .contains("user_alice.shared_t");
        // readers read: they cannot delete, change or re-share it
        assertThat(f.form("/tap-server/Upload", Map.of("TABLE_NAME", "user_alice.shared_t", "DELETE", "TRUE"), bob)
                        .statusCode())
                .isEqualTo(400);
        assertThat(shareStatus(Map.of("action", "RemoveItem", "resource_id", resource, "resource_type", "0"), bob))
                .isEqualTo(404);
        assertThat(shareStatus(Map.of("action", "RemoveGroup", "group_id", group), bob))
                .isEqualTo(404);
        // outside the group: nothing
        HttpResponse<String> outside = f.query("SELECT val FROM user_alice.shared_t", carol);
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).doesNotContain("77");
        assertThat(f.get("/tap-server/tap/tables", carol).body()).doesNotContain("shared_t");
        assertThat(f.query("SELECT * FROM TAP_SCHEMA.columns", carol).body()).doesNotContain("shared_t");

        assertThat(shareStatus(Map.of("action", "RemoveItem", "resource_id", resource, "resource_type", "0"), alice))
                .isEqualTo(200);
        assertThat(readStatus(bob)).isEqualTo(400);
        assertThat(f.get("/tap-server/tap/tables", bob).body()).doesNotContain("shared_t");

        // sharing again, then removing bob from the group, ends his access too
        f.shareTable("user_alice.shared_t", group, null, alice);
        assertThat(readStatus(bob)).isEqualTo(200);
        assertThat(shareStatus(Map.of("action", "RemoveUserGroup", "group_id", group, "user_id", "bob"), alice))
                .isEqualTo(200);
        assertThat(readStatus(bob)).isEqualTo(400);
        assertThat(shareStatus(Map.of("action", "CreateUserGroup", "group_id", group, "user_id", "bob"), alice))
                .isEqualTo(200);
        assertThat(readStatus(bob)).isEqualTo(200);
        assertThat(shareStatus(Map.of("action", "RemoveGroup", "group_id", group), alice))
                .isEqualTo(200);
        assertThat(readStatus(bob)).isEqualTo(400);
        f.deleteTable("shared_t", alice);
    }

    @Test
    void onlyOwnTablesAndOwnOrJoinedGroupsCanBeShared() throws Exception {
        String alice = f.login("alice", "alice-pw");
        String carol = f.login("carol", "carol-pw");
        f.uploadOk("mine2", "csv", "id\n1\n", alice);
        String body = share(Map.of("action", "CreateOrUpdateGroup", "title", "carols"), carol)
                .body();
        String carols = body.replaceAll("(?s).*Group '(\\d+)'.*", "$1");
        // alice is not in carol's group: she cannot share into it
        assertThat(f.shareTable("user_alice.mine2", carols, null, alice).statusCode())
                .isEqualTo(404);
        // carol cannot share alice's table
        assertThat(f.shareTable("user_alice.mine2", carols, null, carol).statusCode())
                .isEqualTo(400);
        assertThat(shareStatus(Map.of("action", "CreateOrUpdateGroup", "title", "x", "users_list", "nobody"), alice))
                .isEqualTo(400);
        assertThat(shareStatus(Map.of("action", "Explode"), alice)).isEqualTo(400);
        assertThat(f.get("/tap-server/tap/share?action=GetGroups", null).statusCode())
                .isEqualTo(401);
        f.deleteTable("mine2", alice);
    }

    @Test
    void usersAnswersAsIsValidUserReadsIt() throws Exception {
        String alice = f.login("alice", "alice-pw");
        assertThat(f.get("/tap-server/tap/users?USER=bob", alice).body())
                .startsWith("bob:")
                .doesNotContain("\\n");
        assertThat(f.get("/tap-server/tap/users?USER=nobody", alice).body()).isEmpty();
        assertThat(f.get("/tap-server/tap/users?USER=bob", null).statusCode()).isEqualTo(401);
    }
}
