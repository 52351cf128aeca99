// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.meridian.testing.TestDatabases;

class MigrationsIT {

    @Test
    void migrationsCreateTheCoreModel() throws Exception {
        try (Database db = TestDatabases.fresh();
                Connection c = db.connection();
                ResultSet r = c.createStatement()
                        .executeQuery("select count(*) from information_schema.tables where table_schema = 'public'"
                                + " and table_name in ('program','observation','file','file_version','header',"
                                + "'product_link','account','membership','time_allocation','api_token',"
                                + "'web_session','access_grant','semester')")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(13);
        }
    }

    @Test
    void anArchiveMigratedBeforeTheCommentEditsStillStartsAndATamperedOneDoesNot() throws Exception {
        try (Database db = TestDatabases.fresh();
                Connection c = db.connection();
                java.sql.Statement s = c.createStatement()) {
            String newChecksums = "select string_agg(version || ':' || checksum, ',' order by version)"
                    + " from flyway_schema_history where version in ('1', '10', '12', '21')";
            ResultSet fresh = s.executeQuery(newChecksums);
            fresh.next();
            String expected = fresh.getString(1);
            s.execute("update flyway_schema_history set checksum = case version when '1' then 1090014036"
                    + " when '10' then 1176921694 when '21' then -1100437095 else -542962468 end"
                    + " where version in ('1', '10', '12', '21')");
            db.migrate();
            ResultSet realigned = s.executeQuery(newChecksums);
            realigned.next();
            assertThat(realigned.getString(1)).isEqualTo(expected);
            s.execute("update flyway_schema_history set checksum = 42 where version = '10'");
            org.assertj.core.api.Assertions.assertThatThrownBy(db::migrate).hasMessageContaining("checksum");
        }
    }
}
