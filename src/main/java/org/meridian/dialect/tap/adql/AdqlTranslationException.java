// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

/** Valid ADQL using a feature this service cannot translate (e.g. AREA of a polygon). */
public final class AdqlTranslationException extends AdqlException {
    public AdqlTranslationException(String message) {
        super(message);
    }
}
