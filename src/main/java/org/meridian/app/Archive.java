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
 * the core services built on them. Every command opens one ({@link #open}) and closes it when done.
 *
 * @param embedded the embedded PostgreSQL server this archive started, or null for an external database
 */
public record Archive(Settings settings, EmbeddedPostgresServer embedded, Database db, FileStore files)
        implements AutoCloseable {

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
