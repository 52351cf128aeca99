// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.vosi;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.meridian.store.Database;

/**
 * A service's VOSI /capabilities and /availability: it declares its capabilities once and routes
 * its two paths here. Available means the database answers, since every service queries it.
 */
public final class VosiEndpoints {

    public static final String XML = "text/xml;charset=UTF-8";

    private final Database db;
    private final List<Capability> capabilities;
    private final String availableNote;
    private final Instant upSince = Instant.now();

    /** @param availableNote the availability note while the database answers, e.g. "accepting queries" */
    public VosiEndpoints(Database db, List<Capability> capabilities, String availableNote) {
        this.db = db;
        this.capabilities = List.copyOf(capabilities);
        this.availableNote = availableNote;
    }

    /** GET .../capabilities: the base URL is this endpoint's URL without {@code /capabilities}. */
    public void capabilities(Context ctx) {
        ctx.contentType(XML).result(CapabilitiesDocument.render(base(ctx, "/capabilities"), capabilities));
    }

    public void availability(Context ctx) {
        boolean up;
        try (Connection c = db.connection()) {
            up = c.isValid(5);
        } catch (SQLException e) {
            up = false;
        }
        ctx.contentType(XML)
                .result(AvailabilityDocument.render(up, upSince, up ? availableNote : "database unreachable"));
    }

    /** The service's base URL as the client reached it, from this endpoint's URL. */
    private static String base(Context ctx, String suffix) {
        String url = ctx.url();
        return url.endsWith(suffix) ? url.substring(0, url.length() - suffix.length()) : url;
    }
}
