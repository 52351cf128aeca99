// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.List;
import org.meridian.dialect.tap.adql.AdqlParser;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.schema.SchemaCatalog;
import org.meridian.dialect.tap.adql.schema.SemanticCheck;

/** ADQL to PostgreSQL: an ordered list of rewrite steps, then the PostgreSQL printer. */
public final class SqlTranslator {
    private final List<RewriteStep> steps;

    public SqlTranslator(List<RewriteStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * The standard chain: names checked and resolved against the catalog, then the steps that need
     * the columns' published units and types (IN_UNIT, SUM, MOD), the checks of constant geometry
     * arguments, HEALPix pre-filters (which need resolved names and the ADQL geometry), then the
     * translation of geometry and function names.
     */
    public static SqlTranslator standard(SchemaCatalog catalog) {
        return new SqlTranslator(List.of(
                new SemanticCheck(catalog),
                new UserFunctions(catalog),
                new InUnitScaling(catalog),
                new NumericTypes(catalog),
                new GeometryFunctions(),
                new GeometryArguments(),
                new HealpixPrefilter(catalog),
                new GeometryPredicates(),
                new FunctionMapping()));
    }

    /** The translation without any catalog: no name checks and no HEALPix pre-filters. */
    public static SqlTranslator withoutSchema() {
        return new SqlTranslator(List.of(
                new InUnitScaling(),
                new NumericTypes(null),
                new GeometryFunctions(),
                new GeometryArguments(),
                new GeometryPredicates(),
                new FunctionMapping()));
    }

    public Query rewrite(Query query) {
        Query result = query;
        for (RewriteStep step : steps) result = step.apply(result);
        return result;
    }

    public String translate(Query query) {
        return new PostgresWriter().print(rewrite(query));
    }

    public String translate(String adql) {
        return translate(AdqlParser.parse(adql));
    }
}
