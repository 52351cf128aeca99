// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

/** A query body: a single SELECT or a set operation combining two bodies. */
public sealed interface QueryExpression permits Select, SetOperation {}
