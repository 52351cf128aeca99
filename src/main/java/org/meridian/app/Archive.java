// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.JwtTokens;
import org.meridian.ingest.IngestService;
import org.meridian.ingest.catalog.CatalogImporter;
import org.meridian.store.Database;
import org.meridian.store.EmbeddedPostgresServer;
import org.meridian.store.FileStore;
import org.meridian.store.LocalFileStore;

/**
 * A running archive: its store (embedded or external PostgreSQL, migrated), its file store, and
 * the core services built on them. Every command opens one and closes it when done.
 */
public final class Archive implements AutoCloseable {

    private final Settings settings;
    private final EmbeddedPostgresServer embedded;
    private final Database db;
    private final FileStore files;
    private final JwtTokens jwt;

    private Archive(Settings settings, EmbeddedPostgresServer embedded, Database db, FileStore files, JwtTokens jwt) {
        this.settings = settings;
        this.embedded = embedded;
        this.db = db;
        this.files = files;
        this.jwt = jwt;
    }

    public static Archive open(Settings settings) throws IOException {
        Files.createDirectories(settings.home());
        EmbeddedPostgresServer embedded = null;
        String url = settings.dbUrl();
        if (url == null) {
            embedded = EmbeddedPostgresServer.start(settings.home().resolve("pgdata"));
            url = embedded.jdbcUrl("postgres");
        }
        Database db = Database.connect(url, settings.dbUser(), settings.dbPassword(), 2 * settings.threads() + 8);
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
        // OAuth2 tokens are signed with a key kept in the home, so they outlive a restart.
        JwtTokens jwt = JwtTokens.at(settings.home().resolve("oauth").resolve("signing-key.jwk"), Clock.systemUTC());
        return new Archive(
                settings, embedded, db, new LocalFileStore(settings.home().resolve("files")), jwt);
    }

    public Settings settings() {
        return settings;
    }

    public Database db() {
        return db;
    }

    public FileStore files() {
        return files;
    }

    public Accounts accounts() {
        return new Accounts(db, jwt);
    }

    public IngestService ingestService() {
        return new IngestService(db, files, settings.threads());
    }

    public CatalogImporter catalogImporter() {
        return new CatalogImporter(db);
    }

    @Override
    public void close() {
        db.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
