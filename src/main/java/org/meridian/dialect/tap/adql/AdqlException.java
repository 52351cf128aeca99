// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

/** A problem with the caller's ADQL query; the message is meant for the user. */
public abstract sealed class AdqlException extends RuntimeException
        permits AdqlSyntaxException, AdqlSemanticException, AdqlTranslationException {
    protected AdqlException(String message) {
        super(message);
    }
}
