// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import static org.meridian.dialect.mast.MashupColumn.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.store.SqlFragment;

/**
 * {@code Mast.Caom.Products}: the files of the requested observations (obsid list), mapped from
 * {@code file}/{@code file_version}. A JWST level-3 observation ({@code jw<program>-o<obs>_...}) also
 * lists the products of its member exposures ({@code jw<program><obs>...}, same filter), as MAST
 * does; the association follows JWST's file naming rules, so no link table is needed.
 */
public final class ProductSearch {

    /** Parent observations {@code x} with each member observation {@code o} they list products of. */
    private static final String FROM = """
            observation x
              join observation o on o.id = x.id
                or (x.collection = 'JWST' and x.obs_key ~ '^jw[0-9]{5}-o[0-9]{3}_'
                    and o.collection = x.collection and o.id <> x.id
                    and o.filter_name is not distinct from x.filter_name
                    and o.obs_key like regexp_replace(x.obs_key, '^jw([0-9]{5})-o([0-9]{3})_.*$', 'jw\\1\\2') || '%')
              join file f on f.observation_id = o.id
              join file_version v on v.file_id = f.id and v.canonical and v.present
              left join program p on p.id = o.program_id
              left join header h on h.file_version_id = v.id
            """;

    private static final String MINIMUM_RECOMMENDED = "case when f.product_type = 'SCIENCE' and f.calib_level ="
            + " (select max(g.calib_level) from file g where g.observation_id = o.id and g.product_type = 'SCIENCE')"
            + " then 'Minimum Recommended Products' end";

    public static final List<MashupColumn> COLUMNS = List.of(
            text("obsID", "x.id::text", "Product Group ID", "The obsid of the observation listing the product"),
            text("obs_collection", "o.collection", "Mission", "Collection"),
            CaomColumns.DATAPRODUCT_TYPE,
            text("obs_id", "o.obs_key", "Observation ID", "Observation identifier of the product itself"),
            text(
                    "description",
                    "initcap(f.product_type) || ' ' || f.product_subgroup || ' product, calibration level '"
                            + " || f.calib_level",
                    "Description",
                    "Product description"),
            // 'S' a product of one exposure, 'C' of a combined (level 3) observation.
            text("type", "case when f.calib_level >= 3 then 'C' else 'S' end", "Type", "S simple or C composite"),
            text("dataURI", "'mast:' || o.collection || '/product/' || v.filename", "Data URI", "Download URI"),
            text("productType", "f.product_type", "Product Type", "SCIENCE, CALIBRATION, PREVIEW, AUXILIARY, ..."),
            text("productGroupDescription", MINIMUM_RECOMMENDED, "Product Group", "Product group"),
            text("productSubGroupDescription", "f.product_subgroup", "Product Subgroup", "e.g. UNCAL, RATE, CAL, I2D"),
            text("productDocumentationURL", "''", "Documentation", "Product documentation URL"),
            CaomColumns.PROJECT,
            text(
                    "prvversion",
                    "jsonb_path_query_first(h.cards, '$[0][*] ? (@.k == \"CAL_VER\").v') #>> '{}'",
                    "Pipeline Version",
                    "Calibration software version (CAL_VER)"),
            CaomColumns.PROPOSAL_ID,
            text("productFilename", "v.filename", "Filename", "File name"),
            new MashupColumn("size", MashupColumn.Type.LONG, "v.file_size", "Size", "long", null, "byte", "File size"),
            text("parent_obsid", "x.id::text", "Parent obsid", "The obsid of the observation listing the product"),
            text(
                    "dataRights",
                    "case when " + Access.released("o") + " then 'PUBLIC' else 'EXCLUSIVE_ACCESS' end",
                    "Data Rights",
                    "PUBLIC or EXCLUSIVE_ACCESS"),
            new MashupColumn(
                    "calib_level",
                    MashupColumn.Type.INT,
                    "f.calib_level",
                    "Calibration Level",
                    "int",
                    null,
                    null,
                    "Calibration level"),
            text("filters", "o.filter_name", "Filters", "Instrument filters"));

    private ProductSearch() {}

    public static MashupQuery query(Caller caller, JsonNode obsidParam) {
        Set<String> ids = obsids(obsidParam);
        SqlFragment where = SqlFragment.of("x.id = any(?::bigint[])", ids)
                .and(Access.listed(caller, "x"))
                .and(Access.listed(caller, "o"));
        return new MashupQuery(COLUMNS, SqlFragment.of(FROM), where, "x.id, f.calib_level, v.filename");
    }

    /** {@code "id1,id2,..."} (astroquery joins the obsid column with commas). */
    static Set<String> obsids(JsonNode param) {
        if (param == null || param.isNull() || param.asText().isBlank()) {
            throw MastException.badRequest("missing 'obsid'");
        }
        Set<String> ids = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (String s : param.asText().split(",")) {
            String id = s.trim();
            if (id.matches("\\d{1,18}")) {
                ids.add(id);
            } else if (!id.isEmpty()) {
                bad.add(id);
            }
        }
        if (!bad.isEmpty()) {
            throw MastException.badRequest("obsid values must be integers: " + String.join(",", bad));
        }
        return ids;
    }
}
