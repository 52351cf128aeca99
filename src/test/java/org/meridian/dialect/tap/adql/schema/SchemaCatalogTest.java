// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.ast.Identifier;

class SchemaCatalogTest {
    private final SchemaCatalog catalog = TestCatalogs.sample();

    @Test
    void regularNamesMatchInAnyCaseDelimitedOnesExactly() {
        assertThat(catalog.lookup(List.of(Identifier.of("GAIA"), Identifier.of("Source"))))
                .extracting(TableInfo::qualifiedName)
                .containsExactly("gaia.source");
        assertThat(catalog.lookup(List.of(new Identifier("Mixed", true)))).hasSize(1);
        assertThat(catalog.lookup(List.of(new Identifier("mixed", true)))).isEmpty();
        assertThat(catalog.lookup(List.of(Identifier.of("nosuch")))).isEmpty();
    }

    @Test
    void columnsAndPositionAreFound() {
        TableInfo source = catalog.lookup(List.of(Identifier.of("source"))).get(0);
        assertThat(source.column(Identifier.of("PHOT_G_MEAN_MAG")).orElseThrow().unit())
                .isEqualTo("mag");
        assertThat(source.positionColumns().orElseThrow().hpx()).isEqualTo("hpx");
        assertThat(catalog.lookup(List.of(Identifier.of("obscore"))).get(0).positionColumns())
                .isEmpty();
    }

    @Test
    void positionMustNameDeclaredColumns() {
        assertThatThrownBy(() -> InMemoryCatalog.builder()
                        .table("s", "t")
                        .column("ra", "DOUBLE")
                        .position("ra", "dec", null)
                        .done())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dec");
    }

    @Test
    void uploadsExtendACatalog() {
        InMemoryCatalog base = InMemoryCatalog.builder()
                .table("s", "t")
                .column("a", "INTEGER")
                .done()
                .build();
        InMemoryCatalog withUpload = base.with(
                List.of(new TableInfo("TAP_UPLOAD", "up", List.of(new ColumnInfo("x", "DOUBLE", null)), null)));
        assertThat(withUpload.lookup(List.of(Identifier.of("tap_upload"), Identifier.of("UP"))))
                .hasSize(1);
        assertThat(base.tables()).hasSize(1);
    }

    @Test
    void suggestionsOnlyForCloseNames() {
        assertThat(Suggestions.closest("soruce", List.of("source", "obscore"))).contains("source");
        assertThat(Suggestions.closest("xyz", List.of("source", "obscore"))).isEmpty();
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
