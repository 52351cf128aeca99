// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

/**
 * A TAP or Gaia TAP+ request that cannot be answered, with the HTTP status it deserves: 400 for the
 * caller's mistakes (bad ADQL, bad parameters, bad uploads), 401 when TAP+ wants a login, 503 when the
 * service is busy, 500 otherwise. The message is meant for the user and goes into the VOTable error
 * document.
 */
public final class TapException extends Exception {

    private final int status;

    public TapException(int status, String message) {
        super(message);
        this.status = status;
    }

    public TapException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public static TapException badRequest(String message) {
        return new TapException(400, message);
    }

    public int status() {
        return status;
    }
}
