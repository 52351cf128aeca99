// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import java.util.List;
import java.util.Optional;

/** Every declared table over the observations: what TAP publishes of them and the views behind them. */
public final class ObservationViews {

    private ObservationViews() {}

    public static final List<ObservationView> ALL = List.of(ObsCoreTable.VIEW, RawTable.VIEW);

    /**
     * The column of {@code table} whose values are the dataset identifiers its DataLink service takes
     * (ivoa.ObsCore's obs_publisher_did, dbo.raw's dp_id), if it is one of these tables and has one.
     */
    public static Optional<TapColumn> datalinkId(TapTable table) {
        return ALL.stream()
                .filter(v -> v.name().equals(table.name()) && v.datalinkId() != null)
                .findFirst()
                .flatMap(v -> table.column(v.datalinkId()));
    }
}
