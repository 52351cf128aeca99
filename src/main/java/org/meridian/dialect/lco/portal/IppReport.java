// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.observing.DurationTotals;
import org.meridian.core.observing.Ipp;
import org.meridian.core.observing.requests.RequestGroup;

/** max_allowable_ipp's answer: {semester:{telescope_class:{instrument:{...}}}} (docs/lco-observing.md). */
final class IppReport {
    private IppReport() {}

    static ObjectNode of(Connection c, RequestGroup ur) throws SQLException {
        ObjectNode out = JsonBodies.object();
        Map<DurationTotals.Key, Double> hours = DurationTotals.summedHours(ur, ProposalStore.semesters(c));
        for (Map.Entry<DurationTotals.Key, Double> e : hours.entrySet()) {
            DurationTotals.Key k = e.getKey();
            Optional<ProposalStore.Allocation> a =
                    ProposalStore.allocation(c, ur.proposal(), k.semester(), k.telescopeClass(), k.instrument());
            if (a.isEmpty()) {
                continue;
            }
            double d = e.getValue();
            ObjectNode entry = out.with(k.semester()).with(k.telescopeClass()).putObject(k.instrument());
            entry.put("ipp_time_available", a.get().ippTimeAvailable());
            entry.put("ipp_limit", a.get().ippLimit());
            entry.put("request_duration", d);
            entry.put("max_allowable_ipp_value", Ipp.maxAllowable(a.get().ippTimeAvailable(), d));
            entry.put("min_allowable_ipp_value", Ipp.minAllowable());
        }
        return out;
    }
}
