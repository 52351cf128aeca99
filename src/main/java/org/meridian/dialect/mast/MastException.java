// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

/** A caller's mistake, answered as MAST does: {@code {"status":"ERROR","msg":...}} with a 4xx status. */
public final class MastException extends RuntimeException {

    private final int status;

    public MastException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static MastException badRequest(String message) {
        return new MastException(400, message);
    }

    public int status() {
        return status;
    }
}
