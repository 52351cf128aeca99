// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;

/**
 * One protocol the archive speaks (Gemini's URLs, the LCO portal, TAP, ...), as {@code app.Server}
 * composes it: built from the shared {@link ArchiveServices}, it adds its endpoints, owns a range of
 * migration versions and stops its background work on {@link #close()}. docs/architecture.md,
 * "Adding a dialect", says what an implementation writes and what it reuses.
 */
public interface Dialect extends AutoCloseable {

    /** A short name for logs and errors, e.g. {@code "tap"}: by default its {@link DialectInfo}'s. */
    default String name() {
        return info().name();
    }

    /**
     * The Flyway versions this dialect's migrations use (no two dialects' ranges overlap): by default
     * its {@link DialectInfo}'s.
     */
    default MigrationRange migrations() {
        DialectInfo info = info();
        return new MigrationRange(info.firstMigration(), info.lastMigration());
    }

    /** Adds every endpoint, each through {@code web.auth.DialectRoutes} so the door checks run first. */
    void addTo(JavalinDefaultRoutingApi routes);

    /** The REST resources it adds to the shared DRF-style {@code /api/} root: name → path. */
    default Map<String, String> apiResources() {
        return Map.of();
    }

    /** Stops what the dialect runs in the background (job workers); nothing by default. */
    @Override
    default void close() {}

    private DialectInfo info() {
        DialectInfo info = getClass().getAnnotation(DialectInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " is a Dialect without @DialectInfo");
        }
        return info;
    }
}
