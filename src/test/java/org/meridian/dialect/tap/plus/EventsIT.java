// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events and notifications (seed sections 2.9, 2.10, 3.11, 3.12), per account, in the seed's formats. */
class EventsIT extends WithTapPlusServer {

    private static long event(String cookie, int type) throws Exception {
        String body = f.get("/tap-server/tap/event?id=" + type, cookie).body();
        return body.isEmpty() ? 0 : Long.parseLong(body.strip().substring(body.indexOf('=') + 1));
    }

    @Test
    void changesAreEventsWithTheTimeOfTheLastOne() throws Exception {
        long before = System.currentTimeMillis() - 1000;
        String alice = f.login("alice", "alice-pw");
        assertThat(event(alice, 300)).isGreaterThanOrEqualTo(before); // log in
        f.uploadOk("ev", "csv", "id\n1\n", alice);
        long created = event(alice, 4000);
        assertThat(created).isGreaterThanOrEqualTo(before);
        f.form("/tap-server/TableTool", Map.of("action", "rename", "table_name", "ev", "new_table_name", "ev2"), alice);
        assertThat(event(alice, 4001)).isGreaterThanOrEqualTo(created);
        f.deleteTable("ev2", alice);
        assertThat(event(alice, 4002)).isGreaterThanOrEqualTo(created);

        String all = f.get("/tap-server/tap/event", alice).body();
        assertThat(all).containsPattern("(?m)^300=\\d+$").containsPattern("(?m)^4000=\\d+$");
        // another account's events are its own (bob renames nothing)
        String bob = f.login("bob", "bob-pw");
        assertThat(f.get("/tap-server/tap/event", bob).body()).doesNotContain("4001=");
        assertThat(f.get("/tap-server/tap/event", null).statusCode()).isEqualTo(401);
        assertThat(f.get("/tap-server/tap/event?id=x", alice).statusCode()).isEqualTo(400);
    }

    @Test
    void sharingNotifiesTheReadersAndJobsNotifyTheirOwner() throws Exception {
        String alice = f.login("alice", "alice-pw");
        String carol = f.login("carol", "carol-pw");
        f.uploadOk("note_t", "csv", "id\n1\n", alice);
        String body = f.form(
                        "/tap-server/tap/share",
                        Map.of("action", "CreateOrUpdateGroup", "title", "notes", "users_list", "carol"),
                        alice)
                .body();
        String group = body.replaceAll("(?s).*Group '(\\d+)'.*", "$1");
        f.shareTable("user_alice.note_t", group, null, alice);
        String notes = f.get("/tap-server/tap/notification?action=GetNotifications", carol)
                .body();
        assertThat(notes)
                .containsPattern(
                        "(?m)^\\d+\\[type: share,table\\]=table user_alice\\.note_t was shared with you by alice$");
        assertThat(event(carol, 500)).isPositive();
        assertThat(f.get("/tap-server/tap/notification?action=GetNotifications", alice)
                        .body())
                .doesNotContain("shared with you");

        HttpResponse<String> job = f.form(
                "/tap-server/tap/async",
                Map.of("LANG", "ADQL", "PHASE", "RUN", "QUERY", "SELECT TOP 1 source_id FROM pubcat.stars"),
                alice);
        String id = job.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        f.awaitCompleted(id, alice);
        assertThat(f.get("/tap-server/tap/notification", alice).body())
                .contains("job_" + id + "[type: job,completed]=job " + id + " finished: COMPLETED");
        assertThat(f.get("/tap-server/tap/notification", carol).body()).doesNotContain(id);
        assertThat(event(alice, 100)).isPositive();
        assertThat(f.get("/tap-server/tap/notification?action=Explode", alice).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aNearlyFullQuotaIsNotified() throws Exception {
        String bob = f.login("bob", "bob-pw");
        StringBuilder rows = new StringBuilder("id\n");
        for (int i = 0; i < 950; i++) {
            rows.append(i).append('\n');
        }
        f.uploadOk("nearly_full", "csv", rows.toString(), bob);
        assertThat(f.get("/tap-server/tap/notification", bob).body())
                .containsPattern("\\[type: quota,db\\]=quota 95% used: 1 of 3 tables, \\d+ of 5000000 bytes, 950 of"
                        + " 1000 rows");
        f.deleteTable("nearly_full", bob);
    }
}
