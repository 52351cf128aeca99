// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

/** Reads {@code [-]A:B:C.c} values for ra/dec; delegates to the sky package once it provides one. */
final class Sexagesimal {

    private Sexagesimal() {}

    static double parse(String s, String what) {
        throw new SelectionException(what + ": sexagesimal values are not supported yet; give decimal degrees");
    }
}
