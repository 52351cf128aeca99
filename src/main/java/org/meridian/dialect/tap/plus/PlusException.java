// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

/**
 * A TAP+ request refused: its HTTP status and a message for the user, answered as the DALI error
 * VOTable whose QUERY_STATUS text TapPlus shows (docs/urls.md, "Gaia TAP+").
 */
public final class PlusException extends Exception {

    private final int status;

    public PlusException(int status, String message) {
        super(message);
        this.status = status;
    }

    public PlusException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public static PlusException badRequest(String message) {
        return new PlusException(400, message);
    }

    public int status() {
        return status;
    }
}
