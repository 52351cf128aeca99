// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.commons.io.input.BoundedInputStream;

/** A FileStore in a local directory: key {@code a/b/c.fits} is the file {@code root/a/b/c.fits}. */
public final class LocalFileStore implements FileStore {

    private final Path root;

    public LocalFileStore(Path root) throws IOException {
        this.root = Files.createDirectories(root).toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, Path source) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        // Copy beside the target, then rename: a crash leaves a stray temp file, never a torn one.
        Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".part");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(resolve(key), StandardOpenOption.READ);
        channel.position(offset);
        InputStream whole = Channels.newInputStream(channel);
        return BoundedInputStream.builder()
                .setInputStream(whole)
                .setMaxCount(length)
                .get();
    }

    @Override
    public long size(String key) throws IOException {
        return Files.size(resolve(key));
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    @Override
    public java.util.List<Stored> list() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            java.util.List<Stored> stored = new java.util.ArrayList<>();
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String key = root.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                stored.add(new Stored(key, Files.getLastModifiedTime(f).toInstant()));
            }
            return stored;
        }
    }

    /** Keys are relative paths; anything that would escape the root is refused. */
    private Path resolve(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("invalid storage key: " + key);
        }
        return p;
    }
}
