// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.MigrationRange;

/**
 * Checks at start-up that the migrations on the class path keep to their owners' ranges: the core's
 * V1–V9 and one disjoint range per dialect (docs/architecture.md, Data model). A migration outside
 * every range, or two dialects claiming the same versions, is a programming error found before the
 * server answers anything.
 */
final class MigrationOwners {

    private MigrationOwners() {}

    static void check(List<Dialect> dialects, Collection<Integer> versions) {
        Map<String, MigrationRange> owners = new LinkedHashMap<>();
        owners.put("core", MigrationRange.CORE);
        for (Dialect d : dialects) {
            owners.forEach((owner, range) -> {
                if (range.overlaps(d.migrations())) {
                    throw new IllegalStateException("migration ranges overlap: " + owner + " " + range + " and "
                            + d.name() + " " + d.migrations());
                }
            });
            owners.put(d.name(), d.migrations());
        }
        List<Integer> orphans = new ArrayList<>();
        for (int v : versions) {
            if (owners.values().stream().noneMatch(r -> r.contains(v))) {
                orphans.add(v);
            }
        }
        if (!orphans.isEmpty()) {
            throw new IllegalStateException("migrations outside every owner's range " + owners + ": V" + orphans);
        }
    }
}
