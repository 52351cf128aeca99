// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.meridian.core.observing.RequestState;
import org.meridian.core.observing.UserRequest;
import org.meridian.store.Database;
import org.meridian.testing.TestDatabases;

/** An archive whose requests were stored in V30's molecule shape keeps them whole through V31. */
class RequestMigrationIT {

    @Test
    void moleculeShapedRequestsBecomeConfigurations() throws Exception {
        String url = TestDatabases.freshUrl();
        Flyway.configure()
                .dataSource(url, "postgres", "")
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .target("30")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("insert into program (id, collection, title) values ('P1', 'LCO', 'Old requests')");
            s.execute("insert into user_request (id, submitter, proposal_id, group_id, observation_type, operator,"
                    + " ipp_value, state) values (7, 'alice', 'P1', 'old group', 'TARGET_OF_OPPORTUNITY', 'SINGLE',"
                    + " 1.5, 'PENDING')");
            s.execute("insert into request (id, user_request_id, position, observation_note, acceptability_threshold,"
                    + " duration_secs, fail_count) values (70, 7, 0, 'keep me', 90, 321, 2)");
            s.execute("insert into target (request_id, type, name, ra, dec, fields) values (70, 'SIDEREAL', 'm31',"
                    + " 10.68, 41.27, '{\"proper_motion_ra\": 1.5, \"epoch\": 2000.0}')");
            s.execute("insert into molecule (request_id, position, type, instrument_name, filter, exposure_time,"
                    + " exposure_count, bin_x, bin_y, fields) values"
                    + " (70, 0, 'EXPOSE', '1M0-SCICAM-SBIG', 'rp', 30, 2, 2, 2, '{\"priority\": 1,"
                    + " \"ag_mode\": \"ON\", \"acquire_mode\": \"OFF\", \"acquire_exp_time\": 4.0, \"defocus\": 0.5,"
                    + " \"ag_name\": \"ef06\", \"spectra_slit\": \"\"}'),"
                    + " (70, 1, 'EXPOSE', '1M0-SCICAM-SBIG', 'V', 45, 1, null, null, '{\"priority\": 2}')");
            s.execute("insert into \"window\" (request_id, start, \"end\") values"
                    + " (70, '2016-09-21T00:00:00Z', '2016-10-21T00:00:00Z')");
            s.execute("insert into constraints (request_id, max_airmass, min_lunar_distance, max_seeing)"
                    + " values (70, 2.0, 30.0, 1.2)");
            s.execute("insert into location (request_id, telescope_class, site, observatory) values"
                    + " (70, '1m0', 'elp', 'doma')");
            s.execute("insert into scheduled_block (request_id, telescope, start, \"end\") values"
                    + " (70, 'elp.doma.1m0a', '2016-09-22T03:00:00Z', '2016-09-22T03:10:00Z')");
        }
        try (Database db = Database.connect(url, "postgres", "", 2)) {
            db.migrate();
            try (Connection c = db.connection()) {
                RequestGroup g = RequestRepository.group(c, 7).orElseThrow();
                assertThat(g.name()).isEqualTo("old group");
                assertThat(g.observationType()).isEqualTo(RequestGroup.ObservationType.RAPID_RESPONSE);
                assertThat(g.operator()).isEqualTo(UserRequest.Operator.SINGLE);
                assertThat(g.state()).isEqualTo(RequestState.PENDING);
                ObservationRequest r = g.requests().get(0);
                assertThat(r.id()).isEqualTo(70);
                assertThat(r.observationNote()).isEqualTo("keep me");
                assertThat(r.durationSecs()).isEqualTo(321);
                assertThat(r.progress().failCount()).isEqualTo(2);
                assertThat(r.location().observatory()).isEqualTo("doma");
                assertThat(r.windows().get(0).start()).isEqualTo(Instant.parse("2016-09-21T00:00:00Z"));
                assertThat(r.configurations()).hasSize(2);
                Configuration first = r.configurations().get(0);
                assertThat(first.target()).isInstanceOf(TargetSpec.Icrs.class);
                assertThat(((TargetSpec.Icrs) first.target()).ra()).isEqualTo(10.68);
                assertThat(first.target().fields()).containsEntry("proper_motion_ra", 1.5);
                assertThat(first.constraints().maxSeeing()).isEqualTo(1.2);
                assertThat(first.acquisition().exposureTime()).isEqualTo(4.0);
                assertThat(first.guiding().mode()).isEqualTo("ON");
                assertThat(first.extraParams()).containsEntry("defocus", 0.5);
                InstrumentConfig ic = first.instrumentConfigs().get(0);
                assertThat(ic.opticalElements()).isEqualTo(java.util.Map.of("filter", "rp"));
                assertThat(ic.binX()).isEqualTo(2);
                assertThat(ic.mode()).isEqualTo("2x2");
                assertThat(ic.moleculeFields()).containsEntry("ag_name", "ef06").doesNotContainKey("priority");
                Configuration second = r.configurations().get(1);
                assertThat(second.priority()).isEqualTo(2);
                assertThat(second.target().name()).isEqualTo("m31");
                assertThat(second.instrumentConfigs().get(0).binX()).isNull();
                assertThat(r.molecules()).hasSize(2);
                assertThat(r.schedulingView(0)).isPresent();
                assertThat(RequestRepository.request(c, 70).orElseThrow().proposal())
                        .isEqualTo("P1");
                assertThat(RequestRepository.pendingForScheduling(c)).isEqualTo(List.of(70L));
            }
        }
    }
}
