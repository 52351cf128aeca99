// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

/** Well-formed ADQL that names something the service does not know (a table, a column). */
public final class AdqlSemanticException extends AdqlException {
    public AdqlSemanticException(String message) {
        super(message);
    }
}
