// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import java.util.List;
import org.meridian.dialect.tap.schema.ObservationViews;
import org.meridian.dialect.tap.schema.TapColumn;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.vo.output.ServiceDescriptor;
import uk.ac.starlink.table.DescribedValue;
import uk.ac.starlink.votable.VOStarTable;

/**
 * The DataLink service descriptor of a TAP result that holds a dataset identifier column (ivoa.ObsCore's
 * obs_publisher_did, dbo.raw's dp_id: {@link ObservationViews#datalinkId}), as ESO's TAP services write
 * it: the archive's DataLink ({@code /datalink/links}, docs/url-map.md) with input ID taken from that
 * column, which gets a FIELD ID to be referenced by. pyvo's {@code iter_datalinks()} needs it: it
 * sends every row's ID in one request.
 */
final class DatalinkDescriptors {

    static final String STANDARD_ID = "ivo://ivoa.net/std/DataLink#links-1.1";
    static final String PATH = "/datalink/links";
    private static final String FIELD_ID = "datalink_id";

    private DatalinkDescriptors() {}

    /**
     * @param baseUrl the server's URL as the client reached it, or null (async results): a descriptor
     *     needs an absolute accessURL, so there is none without it
     */
    static List<ServiceDescriptor> attach(ResultColumns.Column[] columns, List<TapTable> referenced, String baseUrl) {
        if (baseUrl == null) {
            return List.of();
        }
        for (ResultColumns.Column column : columns) {
            String label = column.info().getName();
            TapColumn declared = TableMapping.describe(referenced, label);
            boolean isId = declared != null
                    && referenced.stream().anyMatch(t -> ObservationViews.datalinkId(t)
                            .filter(declared::equals)
                            .isPresent());
            if (isId) {
                column.info().setAuxDatum(new DescribedValue(VOStarTable.ID_INFO, FIELD_ID));
                return List.of(new ServiceDescriptor(
                        "datalink",
                        STANDARD_ID,
                        baseUrl + PATH,
                        List.of(new ServiceDescriptor.InputParam("ID", FIELD_ID))));
            }
        }
        return List.of();
    }
}
