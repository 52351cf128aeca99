// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import io.javalin.http.Context;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.vo.dali.DaliParams;

/** A TAP+ request's parameters (query string, form or multipart; names case-insensitive). */
final class PlusParams {

    private PlusParams() {}

    static DaliParams of(Context ctx) throws TapException {
        return DaliParams.of(ctx, TapException::new);
    }

    static boolean isTrue(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
    }
}
