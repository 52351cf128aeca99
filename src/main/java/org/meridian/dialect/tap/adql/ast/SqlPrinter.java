// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

import java.util.List;
import java.util.stream.Collectors;
import org.meridian.dialect.tap.adql.ast.Expression.*;

/**
 * Prints the AST as SQL text. Subclasses fix the dialect (ADQL or PostgreSQL) through the
 * protected hooks. Every compound sub-expression is parenthesised, so operator precedence never
 * has to be reproduced and a negative number never touches a minus sign ("--" starts a comment).
 */
public abstract class SqlPrinter {

    public final String print(Query query) {
        StringBuilder out = new StringBuilder();
        if (!query.with().isEmpty()) {
            out.append("WITH ")
                    .append(query.with().stream().map(this::commonTable).collect(Collectors.joining(", ")))
                    .append(' ');
        }
        return out.append(queryExpression(query.body())).toString();
    }

    private String commonTable(CommonTable table) {
        String columns = table.columns().isEmpty() ? "" : "(" + identifiers(table.columns(), ", ") + ")";
        return identifier(table.name()) + columns + " AS (" + queryExpression(table.query()) + ")";
    }

    protected String queryExpression(QueryExpression query) {
        return switch (query) {
            case Select s -> select(s);
            case SetOperation op ->
                operand(op.left()) + " " + op.operator() + (op.all() ? " ALL " : " ") + operand(op.right());
        };
    }

    /**
     * An operand of UNION, INTERSECT or EXCEPT. Its own TOP, ORDER BY and OFFSET belong to it (ADQL
     * 2.1 §4.6.5: each operand is a whole query specification), which SQL expresses only inside
     * parentheses; bare, a LIMIT would end the statement or apply to the whole set operation.
     */
    private String operand(QueryExpression query) {
        boolean enclose =
                switch (query) {
                    case SetOperation op -> true;
                    case Select s -> s.top() != null || !s.orderBy().isEmpty() || s.offset() != null;
                };
        return enclose ? "(" + queryExpression(query) + ")" : queryExpression(query);
    }

    protected String select(Select s) {
        StringBuilder out = new StringBuilder("SELECT ");
        if (s.distinct()) out.append("DISTINCT ");
        out.append(topClause(s));
        out.append(s.items().stream().map(this::selectItem).collect(Collectors.joining(", ")));
        out.append(" FROM ").append(s.from().stream().map(this::tableRef).collect(Collectors.joining(", ")));
        if (s.where() != null) out.append(" WHERE ").append(expression(s.where()));
        if (!s.groupBy().isEmpty())
            out.append(" GROUP BY ")
                    .append(s.groupBy().stream().map(this::expression).collect(Collectors.joining(", ")));
        if (s.having() != null) out.append(" HAVING ").append(expression(s.having()));
        if (!s.orderBy().isEmpty())
            out.append(" ORDER BY ")
                    .append(s.orderBy().stream()
                            .map(o -> expression(o.key()) + (o.descending() ? " DESC" : " ASC"))
                            .collect(Collectors.joining(", ")));
        out.append(limitClause(s));
        if (s.offset() != null) out.append(" OFFSET ").append(s.offset());
        return out.toString();
    }

    /** Text after SELECT [DISTINCT] for a row limit (ADQL: "TOP n "). */
    protected abstract String topClause(Select s);

    /** Text after ORDER BY for a row limit (PostgreSQL: " LIMIT n"). */
    protected abstract String limitClause(Select s);

    private String selectItem(SelectItem item) {
        return switch (item) {
            case SelectItem.AllColumns a -> a.qualifier().isEmpty() ? "*" : identifiers(a.qualifier(), ".") + ".*";
            case SelectItem.DerivedColumn d ->
                expression(d.expression()) + (d.alias() == null ? "" : " AS " + identifier(d.alias()));
        };
    }

    protected String tableRef(TableRef ref) {
        return switch (ref) {
            case TableRef.Table t ->
                identifiers(t.name(), ".") + (t.alias() == null ? "" : " AS " + identifier(t.alias()));
            case TableRef.Subquery q -> "(" + queryExpression(q.query()) + ") AS " + identifier(q.alias());
            case TableRef.Join j -> join(j);
        };
    }

    private String join(TableRef.Join j) {
        String kind =
                switch (j.type()) {
                    case INNER -> "INNER JOIN";
                    case LEFT -> "LEFT OUTER JOIN";
                    case RIGHT -> "RIGHT OUTER JOIN";
                    case FULL -> "FULL OUTER JOIN";
                    case CROSS -> "CROSS JOIN";
                };
        String right = j.right() instanceof TableRef.Join ? "(" + tableRef(j.right()) + ")" : tableRef(j.right());
        String spec = j.on() != null
                ? " ON " + expression(j.on())
                : j.using().isEmpty() ? "" : " USING (" + identifiers(j.using(), ", ") + ")";
        return tableRef(j.left()) + " " + (j.natural() ? "NATURAL " : "") + kind + " " + right + spec;
    }

    protected String identifier(Identifier id) {
        return id.delimited() ? "\"" + id.name().replace("\"", "\"\"") + "\"" : id.name();
    }

    protected String identifiers(List<Identifier> ids, String separator) {
        return ids.stream().map(this::identifier).collect(Collectors.joining(separator));
    }

    public String expression(Expression e) {
        return switch (e) {
            case Column c -> identifiers(c.parts(), ".");
            case Literal l -> literal(l);
            case Function f -> function(f);
            case Unary u -> unary(u);
            case Binary b ->
                "(" + expression(b.left()) + " " + binarySymbol(b.operator()) + " " + expression(b.right()) + ")";
            case Comparison c -> expression(c.left()) + " " + c.operator().symbol() + " " + expression(c.right());
            case Between b ->
                expression(b.value()) + (b.negated() ? " NOT" : "") + " BETWEEN " + expression(b.low()) + " AND "
                        + expression(b.high());
            case Like l ->
                expression(l.value())
                        + (l.negated() ? " NOT" : "")
                        + (l.caseInsensitive() ? " ILIKE " : " LIKE ")
                        + expression(l.pattern());
            case InList i ->
                expression(i.value()) + (i.negated() ? " NOT" : "") + " IN ("
                        + i.values().stream().map(this::expression).collect(Collectors.joining(", ")) + ")";
            case InSubquery i ->
                expression(i.value()) + (i.negated() ? " NOT" : "") + " IN (" + queryExpression(i.query()) + ")";
            case IsNull n -> expression(n.value()) + (n.negated() ? " IS NOT NULL" : " IS NULL");
            case Exists x -> "EXISTS (" + queryExpression(x.query()) + ")";
            case Case c -> caseExpression(c);
            case Cast c -> "CAST(" + expression(c.value()) + " AS " + castType(c.type()) + ")";
            case ArrayValue a -> array(a);
            case GeometryExpression g -> geometry(g);
        };
    }

    private String unary(Unary u) {
        return switch (u.operator()) {
            case NOT -> "(NOT " + expression(u.operand()) + ")";
            case NEGATE -> "(-" + expression(u.operand()) + ")";
            case PLUS -> "(+" + expression(u.operand()) + ")";
            case BIT_NOT -> "(~" + expression(u.operand()) + ")";
        };
    }

    private String caseExpression(Case c) {
        StringBuilder out = new StringBuilder("CASE");
        if (c.operand() != null) out.append(' ').append(expression(c.operand()));
        for (When w : c.whens())
            out.append(" WHEN ")
                    .append(expression(w.condition()))
                    .append(" THEN ")
                    .append(expression(w.result()));
        if (c.otherwise() != null) out.append(" ELSE ").append(expression(c.otherwise()));
        return out.append(" END").toString();
    }

    protected String args(List<Expression> args) {
        return args.stream().map(this::expression).collect(Collectors.joining(", "));
    }

    protected String function(Function f) {
        if (f.star()) return f.name() + "(*)";
        return f.name() + "(" + (f.distinct() ? "DISTINCT " : "") + args(f.args()) + ")";
    }

    protected String binarySymbol(BinaryOperator op) {
        return switch (op) {
            case MULTIPLY -> "*";
            case DIVIDE -> "/";
            case ADD -> "+";
            case SUBTRACT -> "-";
            case CONCAT -> "||";
            case BIT_AND -> "&";
            case BIT_OR -> "|";
            case BIT_XOR -> "^";
            case AND -> "AND";
            case OR -> "OR";
        };
    }

    protected String literal(Literal l) {
        return l.kind() == Literal.Kind.STRING ? "'" + l.text().replace("'", "''") + "'" : l.text();
    }

    protected String castType(CastType type) {
        return type.name() + (type.length() == null ? "" : "(" + type.length() + ")");
    }

    protected abstract String array(ArrayValue array);

    protected abstract String geometry(GeometryExpression g);
}
