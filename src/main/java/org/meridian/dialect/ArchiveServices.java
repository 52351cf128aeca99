// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.JwtTokens;
import org.meridian.store.Database;
import org.meridian.store.FileStore;
import org.meridian.web.fetch.GuardedFetcher;

/**
 * What every dialect is built from, made once by {@code app.Server}: so all dialects read the same
 * clock (release dates and proprietary periods agree to the second), the same files through the same
 * access checks, and fetch URLs through the one guard.
 *
 * @param db the archive's database
 * @param store the stored bytes, for what is not a catalogued file (job results, obslogs)
 * @param accounts credentials and sessions
 * @param clock the archive's clock (fixed in tests)
 * @param files stored files behind {@code Access}: the only way a dialect reads an observation's bytes
 * @param fetcher the only way the server fetches a URL a client names
 * @param settings what the operator configured for the dialects
 */
public record ArchiveServices(
        Database db,
        FileStore store,
        Accounts accounts,
        Clock clock,
        ArchiveFiles files,
        GuardedFetcher fetcher,
        DialectSettings settings) {

    /** The services over one database and file store, with the accounts and files made from them. */
    public static ArchiveServices of(
            Database db, FileStore store, Clock clock, GuardedFetcher fetcher, DialectSettings settings) {
        return new ArchiveServices(
                db,
                store,
                new Accounts(db, signingKey(settings.home(), clock)),
                clock,
                new ArchiveFiles(db, store, clock),
                fetcher,
                settings);
    }

    /**
     * The OAuth2 token signing key, kept in the home so that tokens outlive a restart (made on first
     * use; docs/operations.md).
     */
    private static JwtTokens signingKey(Path home, Clock clock) {
        try {
            return JwtTokens.at(home.resolve("oauth").resolve("signing-key.jwk"), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the token signing key in " + home, e);
        }
    }

    /** The same services on another clock (tests that fix "now"). */
    public ArchiveServices withClock(Clock other) {
        return of(db, store, other, fetcher, settings);
    }
}
