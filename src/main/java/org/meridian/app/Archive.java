// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import java.io.IOException;
import java.nio.file.Files;
import org.meridian.core.auth.Accounts;
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

    private Archive(Settings settings, EmbeddedPostgresServer embedded, Database db, FileStore files) {
        this.settings = settings;
        this.embedded = embedded;
        this.db = db;
        this.files = files;
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
        return new Archive(
                settings, embedded, db, new LocalFileStore(settings.home().resolve("files")));
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
        return new Accounts(db);
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
