// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

/** A selection the caller got wrong; the message is one line, fit to send as a plain-text 400. */
public final class SelectionException extends RuntimeException {

    public SelectionException(String message) {
        super(message);
    }
}
