// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

/** A request the data server refuses: the caller's mistake (4xx) with a message saying what to change. */
final class DataServerException extends Exception {

    private final int status;

    DataServerException(int status, String message) {
        super(message);
        this.status = status;
    }

    static DataServerException badRequest(String message) {
        return new DataServerException(400, message);
    }

    int status() {
        return status;
    }
}
