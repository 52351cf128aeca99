// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.util.List;
import java.util.Map;

/**
 * A caller mistake answered in Django REST Framework's shapes: {@code {"detail": ...}}, field errors
 * {@code {"field": ["message"]}}, or a bare list of messages (the archive's covers/intersects errors).
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final transient Object body;

    public ApiException(int status, Object body) {
        super(String.valueOf(body));
        this.status = status;
        this.body = body;
    }

    public static ApiException detail(int status, String detail) {
        return new ApiException(status, Map.of("detail", detail));
    }

    public static ApiException field(String field, String message) {
        return new ApiException(400, Map.of(field, List.of(message)));
    }

    public static ApiException notFound() {
        return detail(404, "Not found.");
    }

    public int status() {
        return status;
    }

    public Object body() {
        return body;
    }
}
