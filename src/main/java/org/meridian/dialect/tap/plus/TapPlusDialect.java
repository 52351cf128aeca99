// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;
import org.meridian.dialect.ArchiveServices;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.MigrationRange;
import org.meridian.dialect.tap.TapDialect;

/**
 * TAP with Gaia's TAP+ extensions (docs/architecture.md, "TAP+ user space"): the {@link TapDialect}
 * it wraps, whose endpoints, migrations (TAP's range, where TAP+ owns V16-V17) and job worker it
 * keeps, plus {@link TapPlusRoutes}. TAP+ is an extension of TAP rather than a dialect of its own:
 * its queries are TAP's queries, run by TAP's runner over the caller's user tables.
 */
public final class TapPlusDialect implements Dialect {

    private final TapDialect tap;
    private final TapPlusRoutes plus;

    public TapPlusDialect(TapDialect tap, ArchiveServices services, Quota quota) {
        this.tap = tap;
        this.plus = new TapPlusRoutes(
                services.db(),
                services.store(),
                services.accounts(),
                services.fetcher(),
                tap.routes(),
                tap.async(),
                quota);
    }

    @Override
    public String name() {
        return tap.name();
    }

    @Override
    public MigrationRange migrations() {
        return tap.migrations();
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        tap.addTo(routes);
        plus.addTo(routes);
    }

    @Override
    public Map<String, String> apiResources() {
        return tap.apiResources();
    }

    @Override
    public void close() {
        tap.close();
    }
}
