// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** A DRF-style error answer: a status and its JSON body. Thrown by handlers, rendered by the routes. */
final class PortalError extends RuntimeException {
    private final int status;
    private final transient JsonNode body;

    PortalError(int status, JsonNode body) {
        super(body.toString(), null, false, false);
        this.status = status;
        this.body = body;
    }

    static PortalError detail(int status, String detail) {
        return new PortalError(status, JsonNodeFactory.instance.objectNode().put("detail", detail));
    }

    static PortalError notFound() {
        return detail(404, "Not found.");
    }

    static PortalError unauthenticated() {
        return detail(401, "Authentication credentials were not provided.");
    }

    int status() {
        return status;
    }

    JsonNode body() {
        return body;
    }
}
