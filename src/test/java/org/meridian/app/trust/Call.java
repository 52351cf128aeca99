// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust;

import java.nio.charset.StandardCharsets;
import org.meridian.testing.DemoHttp;

/** One request the matrix sends: method, path with its query, and a body with its type, if any. */
record Call(String method, String path, String contentType, byte[] body) {

    static Call get(String path) {
        return new Call("GET", path, null, null);
    }

    static Call head(String path) {
        return new Call("HEAD", path, null, null);
    }

    static Call delete(String path) {
        return new Call("DELETE", path, null, null);
    }

    /** An url-encoded form; values are encoded here. */
    static Call form(String path, String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(DemoHttp.enc(namesAndValues[i])).append('=').append(DemoHttp.enc(namesAndValues[i + 1]));
        }
        return new Call(
                "POST",
                path,
                "application/x-www-form-urlencoded",
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Call json(String path, String json) {
        return new Call("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static Call put(String path) {
        return new Call("PUT", path, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
