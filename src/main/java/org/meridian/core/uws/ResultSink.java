// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;

/** Where a running job writes its results; each becomes a UWS result stored in the FileStore. */
public interface ResultSink {

    /** Writes the bytes of one result. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException, SQLException, JobFailedException;
    }

    /**
     * Stores the result {@code name} ({@code result} for TAP) written by {@code content}; returns its
     * size in bytes. The result is visible only once complete.
     */
    long write(String name, String mimeType, Content content) throws IOException, SQLException, JobFailedException;
}
