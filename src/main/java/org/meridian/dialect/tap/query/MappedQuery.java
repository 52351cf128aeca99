// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.sql.SqlTranslator;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.store.SqlFragment;

/**
 * A query whose table references are mapped, the SQL each placeholder stands for, and the tables
 * it reads (for result column metadata).
 */
public record MappedQuery(Query query, Map<String, SqlFragment> relocations, List<TapTable> referenced) {

    public MappedQuery {
        relocations = Map.copyOf(relocations);
        referenced = List.copyOf(referenced);
    }

    /**
     * The PostgreSQL statement: the translator's SQL with each placeholder replaced by its SQL, and
     * the parameters in the order their placeholders appear.
     */
    public SqlFragment sql(SqlTranslator translator) {
        String sql = translator.translate(query);
        List<Object> params = new ArrayList<>();
        record Hit(int at, String placeholder) {}
        List<Hit> hits = new ArrayList<>();
        for (String placeholder : relocations.keySet()) {
            int at = sql.indexOf("\"" + placeholder + "\"");
            if (at >= 0) {
                hits.add(new Hit(at, placeholder));
            }
        }
        hits.sort((a, b) -> Integer.compare(a.at(), b.at()));
        for (Hit hit : hits) {
            params.addAll(relocations.get(hit.placeholder()).params());
        }
        for (Map.Entry<String, SqlFragment> e : relocations.entrySet()) {
            sql = sql.replace("\"" + e.getKey() + "\"", e.getValue().sql());
        }
        return new SqlFragment(sql, params);
    }
}
