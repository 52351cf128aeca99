// SPDX-License-Identifier: Apache-2.0
// ADQL 2.1, written from the IVOA BNF (WD-ADQL-2.1) and the ADQL 2.1 Recommendation.
// Function names (ABS, COUNT, POINT, CONTAINS, ...) are lexed as identifiers and resolved by
// AstBuilder against a table of arities, so that a misspelt or mis-called function gets a
// precise message instead of a generic "no viable alternative".
grammar Adql;

options { caseInsensitive = true; }

query : withClause? queryExpression ';'? EOF ;

withClause : WITH withQuery (',' withQuery)* ;
withQuery : identifier ('(' identifier (',' identifier)* ')')? AS '(' queryExpression ')' ;

// INTERSECT binds tighter than UNION and EXCEPT (SQL-92); WITH is only allowed at the top.
queryExpression : queryTerm (setOp+=(UNION | EXCEPT) setAll+=ALL? queryTerm)* ;
queryTerm : queryPrimary (INTERSECT ALL? queryPrimary)* ;
queryPrimary : selectQuery | '(' queryExpression ')' ;

selectQuery
    : SELECT setQuantifier? (TOP top=UNSIGNED_INT)? selectList
      fromClause whereClause? groupByClause? havingClause? orderByClause? offsetClause?
    ;
setQuantifier : DISTINCT | ALL ;

selectList : selectItem (',' selectItem)* ;
selectItem
    : '*'                                  # allColumns
    | tableName '.' '*'                    # qualifiedAllColumns
    | valueExpression (AS? identifier)?    # derivedColumn
    ;

fromClause : FROM tableReference (',' tableReference)* ;
tableReference : tablePrimary joinPart* ;
tablePrimary
    : tableName correlation?               # namedTable
    | subquery correlation                 # derivedTable
    | '(' tableReference ')'               # parenthesisedJoin
    ;
correlation : AS? identifier ;
joinPart
    : NATURAL joinType? JOIN tablePrimary                   # naturalJoin
    | CROSS JOIN tablePrimary                               # crossJoin
    | joinType? JOIN tablePrimary joinSpecification?        # qualifiedJoin
    ;
joinType : INNER | (LEFT | RIGHT | FULL) OUTER? ;
joinSpecification
    : ON searchCondition                                    # joinOn
    | USING '(' identifier (',' identifier)* ')'            # joinUsing
    ;

whereClause : WHERE searchCondition ;
groupByClause : GROUP BY valueExpression (',' valueExpression)* ;
havingClause : HAVING searchCondition ;
orderByClause : ORDER BY sortSpecification (',' sortSpecification)* ;
sortSpecification : valueExpression (ASC | DESC)? ;
offsetClause : OFFSET UNSIGNED_INT ;

searchCondition : booleanTerm (OR booleanTerm)* ;
booleanTerm : booleanFactor (AND booleanFactor)* ;
booleanFactor : NOT? booleanPrimary ;
booleanPrimary
    : '(' searchCondition ')'              # nestedCondition
    | predicate                            # predicateCondition
    | (TRUE | FALSE)                       # booleanLiteral
    | functionCall                         # booleanFunction
    ;

predicate
    : valueExpression compOp valueExpression                                  # comparison
    | valueExpression NOT? BETWEEN valueExpression AND valueExpression        # between
    | valueExpression NOT? IN subquery                                        # inSubquery
    | valueExpression NOT? IN '(' valueExpression (',' valueExpression)* ')'  # inList
    | valueExpression NOT? (LIKE | ILIKE) valueExpression                     # like
    | valueExpression IS NOT? NULL                                            # isNull
    | EXISTS subquery                                                         # exists
    ;
compOp : '=' | '<>' | '!=' | '<' | '>' | '<=' | '>=' ;

valueExpression
    : op=('+' | '-' | '~') valueExpression                      # unary
    | valueExpression op=('*' | '/') valueExpression            # binary
    | valueExpression op=('+' | '-') valueExpression            # binary
    | valueExpression op='||' valueExpression                   # binary
    | valueExpression op=('&' | '|' | '^') valueExpression      # binary
    | primary                                                   # primaryExpression
    ;

primary
    : literal                                                   # literalValue
    | CAST '(' valueExpression AS castType ')'                  # cast
    | functionCall                                              # function
    | CASE valueExpression simpleWhen+ (ELSE valueExpression)? END   # simpleCase
    | CASE searchedWhen+ (ELSE valueExpression)? END            # searchedCase
    | columnReference                                           # column
    | '(' valueExpression ')'                                   # parenthesised
    ;
simpleWhen : WHEN valueExpression THEN valueExpression ;
searchedWhen : WHEN searchCondition THEN valueExpression ;

functionCall
    : ID '(' ')'
    | ID '(' '*' ')'
    | ID '(' setQuantifier? valueExpression (',' valueExpression)* ')'
    ;

castType : ID ID? ('(' UNSIGNED_INT ')')? ;

literal
    : UNSIGNED_INT | DECIMAL | REAL | HEX | STRING+ | NULL
    ;

subquery : '(' queryExpression ')' ;

tableName : identifier ('.' identifier ('.' identifier)?)? ;
columnReference : identifier ('.' identifier ('.' identifier ('.' identifier)?)?)? ;
identifier : ID | DELIMITED_ID ;

// ---- keywords used by the structure of the grammar
ALL : 'ALL' ; AND : 'AND' ; AS : 'AS' ; ASC : 'ASC' ; BETWEEN : 'BETWEEN' ; BY : 'BY' ;
CASE : 'CASE' ; CAST : 'CAST' ; CROSS : 'CROSS' ; DESC : 'DESC' ; DISTINCT : 'DISTINCT' ;
ELSE : 'ELSE' ; END : 'END' ; EXCEPT : 'EXCEPT' ; EXISTS : 'EXISTS' ; FALSE : 'FALSE' ;
FROM : 'FROM' ; FULL : 'FULL' ; GROUP : 'GROUP' ; HAVING : 'HAVING' ; ILIKE : 'ILIKE' ;
IN : 'IN' ; INNER : 'INNER' ; INTERSECT : 'INTERSECT' ; IS : 'IS' ; JOIN : 'JOIN' ;
LEFT : 'LEFT' ; LIKE : 'LIKE' ; NATURAL : 'NATURAL' ; NOT : 'NOT' ; NULL : 'NULL' ;
OFFSET : 'OFFSET' ; ON : 'ON' ; OR : 'OR' ; ORDER : 'ORDER' ; OUTER : 'OUTER' ;
RIGHT : 'RIGHT' ; SELECT : 'SELECT' ; THEN : 'THEN' ; TOP : 'TOP' ; TRUE : 'TRUE' ;
UNION : 'UNION' ; USING : 'USING' ; WHEN : 'WHEN' ; WHERE : 'WHERE' ; WITH : 'WITH' ;

HEX : '0x' [0-9a-f]+ ;
REAL : (UNSIGNED_INT | DECIMAL) 'e' [+-]? [0-9]+ ;
DECIMAL : [0-9]+ '.' [0-9]* | '.' [0-9]+ ;
UNSIGNED_INT : [0-9]+ ;
STRING : '\'' ( ~'\'' | '\'\'' )* '\'' ;
DELIMITED_ID : '"' ( ~'"' | '""' )+ '"' ;
ID : [a-z] [a-z0-9_]* ;

COMMENT : '--' ~[\r\n]* -> channel(HIDDEN) ;
WS : [ \t\r\n\f]+ -> channel(HIDDEN) ;
// Any other character is an error the facade reports with its position.
UNEXPECTED : . ;
