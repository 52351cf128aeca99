// SPDX-License-Identifier: Apache-2.0
package org.meridian.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.meridian.dialect.ArchiveServices;
import org.meridian.store.Database;
import org.meridian.store.FileStore;
import org.meridian.web.fetch.FetchLimits;
import org.meridian.web.fetch.FetchPolicy;
import org.meridian.web.fetch.GuardedFetcher;

/** The services a dialect is built from, for tests that serve one dialect alone: no URL may be fetched. */
public final class TestServices {

    private TestServices() {}

    public static ArchiveServices of(Database db, FileStore store, Clock clock, Path home) {
        return ArchiveServices.of(
                db,
                store,
                clock,
                new GuardedFetcher(FetchPolicy.of(List.of()), FetchLimits.UPLOADS),
                home,
                Optional.empty());
    }
}
