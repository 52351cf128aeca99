// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.upload;

import java.io.IOException;
import java.io.InputStream;

/**
 * A table uploaded with a query (TAP 1.1 section 3.5.2), queried as {@code TAP_UPLOAD.<name>}.
 *
 * @param source where its bytes come from: an inline multipart part or an http(s) URL
 */
public record Upload(String name, Source source) {

    /** Opens the table's bytes; may be called once. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }
}
