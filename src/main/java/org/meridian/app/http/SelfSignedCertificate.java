// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The HTTPS listener's key and certificate, in {@code <home>/tls/}: {@code keystore.p12} (PKCS#12,
 * its password in {@code keystore.password}) and {@code cert.pem}, the certificate clients trust
 * (astroquery's TapPlus logs in over HTTPS only; {@code SSL_CERT_FILE=<home>/tls/cert.pem}). Made
 * once, self-signed, valid for localhost, 127.0.0.1 and ::1 (and the configured host name), for ten
 * years; an operator replaces the keystore and its password file with a real certificate
 * (docs/operations.md).
 *
 * <p>The JDK has no public API that signs a certificate; its {@code keytool} does, so it is run
 * from the running JDK rather than adding a cryptography library for a one-time step.
 */
public record SelfSignedCertificate(Path keystore, String password, Path certificatePem) {

    private static final String ALIAS = "meridian";
    private static final String PASSWORD_VARIABLE = "MERIDIAN_KEYSTORE_PASSWORD";

    /** The home's certificate, made now if it has none. */
    public static SelfSignedCertificate ensure(Path home, List<String> extraHosts) throws IOException {
        Path dir = home.resolve("tls");
        Path keystore = dir.resolve("keystore.p12");
        Path passwordFile = dir.resolve("keystore.password");
        Path pem = dir.resolve("cert.pem");
        if (Files.isRegularFile(keystore) && Files.isRegularFile(passwordFile)) {
            String password =
                    Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            if (!Files.isRegularFile(pem)) {
                exportPem(password, keystore, pem);
            }
            return new SelfSignedCertificate(keystore, password, pem);
        }
        Files.createDirectories(dir);
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        Files.deleteIfExists(keystore);
        StringBuilder san = new StringBuilder("SAN=dns:localhost,ip:127.0.0.1,ip:::1");
        for (String host : extraHosts) {
            if (host.matches("[A-Za-z0-9.-]+") && !host.equalsIgnoreCase("localhost")) {
                san.append(host.matches("[0-9.]+") ? ",ip:" : ",dns:").append(host);
            }
        }
        keytool(
                password,
                "-genkeypair",
                "-alias",
                ALIAS,
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "3650",
                "-dname",
                "CN=localhost, O=Meridian archive (self-signed)",
                "-ext",
                san.toString(),
                "-ext",
                "BC:c=ca:true",
                "-keystore",
                keystore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass:env",
                PASSWORD_VARIABLE,
                "-keypass:env",
                PASSWORD_VARIABLE);
        exportPem(password, keystore, pem);
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        ownerOnly(passwordFile);
        ownerOnly(keystore);
        return new SelfSignedCertificate(keystore, password, pem);
    }

    /** Writes the keystore's certificate as PEM, the file clients name in SSL_CERT_FILE. */
    private static void exportPem(String password, Path keystore, Path pem) throws IOException {
        keytool(
                password,
                "-exportcert",
                "-rfc",
                "-alias",
                ALIAS,
                "-keystore",
                keystore.toString(),
                "-storepass:env",
                PASSWORD_VARIABLE,
                "-file",
                pem.toString());
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the home directory's own permissions apply
        }
    }

    /** The password reaches keytool in its environment, never on a command line others can list. */
    private static void keytool(String password, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, password);
        Process p = builder.start();
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool " + args[0] + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the TLS certificate", e);
        }
    }
}
