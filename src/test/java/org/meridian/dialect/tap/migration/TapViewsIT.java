// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.schema.ObsCoreTable;
import org.meridian.dialect.tap.schema.ObservationView;
import org.meridian.store.Database;
import org.meridian.testing.TestDatabases;

/**
 * The views behind ivoa.ObsCore and dbo.raw come from their declarations: after the migrations, each
 * view has exactly the declared public columns, in order, then the access columns; the repeatable
 * migration is recorded with the declarations' checksum, is not run again while they stay the same,
 * and runs again (re-creating the views) when the recorded checksum differs.
 */
class TapViewsIT {

    private static Database db;

    @BeforeAll
    static void migrate() {
        db = Database.connect(TestDatabases.freshUrl(), "postgres", "", 2);
        db.migrate();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyViewHasItsDeclaredColumnsThenTheAccessColumns() throws Exception {
        for (ObservationView view : R__Tap_views.VIEWS) {
            List<String> expected = new ArrayList<>(
                    view.columns().stream().map(c -> c.column().name()).toList());
            for (String access : ObservationView.ACCESS_COLUMNS) {
                if (!expected.contains(access)) {
                    expected.add(access);
                }
            }
            assertThat(viewColumns(view.sqlView())).as(view.sqlView()).isEqualTo(expected);
        }
    }

    @Test
    void obsCoreHasLastModDateFromTheVersionIngest() throws Exception {
        assertThat(viewColumns("ivoa.obscore_all")).contains("last_mod_date");
        String declared = ObsCoreTable.VIEW.columns().stream()
                .filter(c -> c.column().name().equals("last_mod_date"))
                .findFirst()
                .orElseThrow()
                .sql();
        assertThat(declared).contains("v.entrytime");
    }

    @Test
    void theMigrationRunsAgainOnlyWhenTheDeclarationsChange() throws Exception {
        int checksum = new R__Tap_views().getChecksum();
        assertThat(recordedChecksums()).containsExactly(checksum);
        assertThat(db.migrate()).as("nothing changed").isZero();
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            // As an archive whose views came from an older declaration: another checksum, another view.
            s.execute("update flyway_schema_history set checksum = checksum + 1 where description = 'Tap views'");
            s.execute("drop view dbo.raw_all; create view dbo.raw_all as select 1 as dp_id");
        }
        assertThat(db.migrate()).isEqualTo(1);
        assertThat(viewColumns("dbo.raw_all")).startsWith("dp_id", "object", "ra", "dec");
        assertThat(recordedChecksums()).contains(checksum);
    }

    private static List<Integer> recordedChecksums() throws Exception {
        List<Integer> sums = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select checksum from flyway_schema_history"
                        + " where description = 'Tap views' and success order by installed_rank desc limit 1");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                sums.add(r.getInt(1));
            }
        }
        return sums;
    }

    private static List<String> viewColumns(String qualified) throws Exception {
        String[] parts = qualified.split("\\.");
        List<String> names = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select column_name from information_schema.columns"
                        + " where table_schema = ? and table_name = ? order by ordinal_position")) {
            s.setString(1, parts[0]);
            s.setString(2, parts[1]);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
        }
        return names;
    }
}
