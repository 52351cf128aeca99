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
}
