// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

/** A file that cannot be ingested; the message is the one-line reason shown to the operator. */
public final class BadFileException extends Exception {
    public BadFileException(String reason) {
        super(reason);
    }

    public BadFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
