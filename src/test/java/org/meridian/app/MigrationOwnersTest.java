// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.DialectInfo;
import org.meridian.dialect.MigrationRange;

class MigrationOwnersTest {

    private record Owner(String name, MigrationRange migrations) implements Dialect {
        @Override
        public void addTo(JavalinDefaultRoutingApi routes) {}
    }

    private static final Dialect TAP = new Owner("tap", new MigrationRange(10, 19));
    private static final Dialect GEMINI = new Owner("gemini", new MigrationRange(20, 29));

    @DialectInfo(name = "declared", firstMigration = 90, lastMigration = 99)
    private static final class Declared implements Dialect {
        @Override
        public void addTo(JavalinDefaultRoutingApi routes) {}
    }

    @Test
    void aDialectDeclaresItsNameAndRangeOnItsClass() {
        assertThat(new Declared().name()).isEqualTo("declared");
        assertThat(new Declared().migrations()).isEqualTo(new MigrationRange(90, 99));
        Dialect undeclared = routes -> {};
        assertThatThrownBy(undeclared::migrations)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without @DialectInfo");
    }

    @Test
    void everyMigrationInItsOwnersRangeIsFine() {
        assertThatCode(() -> MigrationOwners.check(List.of(TAP, GEMINI), List.of(1, 4, 10, 14, 20, 29)))
                .doesNotThrowAnyException();
    }

    @Test
    void aMigrationNoOneOwnsStopsTheStart() {
        assertThatThrownBy(() -> MigrationOwners.check(List.of(TAP, GEMINI), List.of(1, 10, 35)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("V[35]");
    }

    @Test
    void twoDialectsClaimingTheSameVersionsStopTheStart() {
        Dialect greedy = new Owner("greedy", new MigrationRange(15, 25));
        assertThatThrownBy(() -> MigrationOwners.check(List.of(TAP, GEMINI, greedy), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tap V10–V19 and greedy V15–V25");
    }

    @Test
    void aDialectMayNotTakeTheCoresVersions() {
        Dialect early = new Owner("early", new MigrationRange(5, 12));
        assertThatThrownBy(() -> MigrationOwners.check(List.of(early), List.of()))
                .hasMessageContaining("core V1–V9 and early V5–V12");
    }
}
