// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

/** One ORDER BY key: an expression (or a 1-based column number literal) and its direction. */
public record OrderItem(Expression key, boolean descending) {}
