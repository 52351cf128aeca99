// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS with the home's self-signed certificate: made once by keytool, kept across starts, valid for
 * localhost and 127.0.0.1, trusted by a client that trusts {@code cert.pem} and by nobody else.
 */
class HttpsIT {

    @Test
    void certificateIsMadeOnceAndServesLocalhostAndLoopback(@TempDir Path home) throws Exception {
        SelfSignedCertificate cert = SelfSignedCertificate.ensure(home, List.of());
        assertThat(cert.certificatePem()).isEqualTo(home.resolve("tls/cert.pem"));
        byte[] pem = Files.readAllBytes(cert.certificatePem());
        SelfSignedCertificate again = SelfSignedCertificate.ensure(home, List.of());
        assertThat(Files.readAllBytes(again.certificatePem())).isEqualTo(pem);
        assertThat(again.password()).isEqualTo(cert.password());

        X509Certificate x509;
        try (InputStream in = Files.newInputStream(cert.certificatePem())) {
            x509 = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        assertThat(x509.getSubjectAlternativeNames().stream().map(n -> n.get(1).toString()))
                .contains("localhost", "127.0.0.1");

        HttpServer server = HttpServer.start(
                0,
                new HttpServer.Tls(0, cert.keystore(), cert.password()),
                List.of(routes -> routes.get("/hello", ctx -> ctx.result(ctx.scheme()))));
        try {
            assertThat(server.tlsPort()).isPositive().isNotEqualTo(server.port());
            HttpClient trusting =
                    HttpClient.newBuilder().sslContext(trusting(x509)).build();
            for (String host : List.of("localhost", "127.0.0.1")) {
                HttpResponse<String> r = trusting.send(
                        HttpRequest.newBuilder(URI.create("https://" + host + ":" + server.tlsPort() + "/hello"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.body()).isEqualTo("https");
            }
            HttpResponse<String> plain = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/hello"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(plain.body()).isEqualTo("http");
            // a client that does not trust the certificate refuses the connection
            try {
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("https://localhost:" + server.tlsPort() + "/hello"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                throw new AssertionError("an untrusted self-signed certificate was accepted");
            } catch (SSLHandshakeException expected) {
                // as it should
            }
        } finally {
            server.close();
        }
    }

    private static SSLContext trusting(X509Certificate cert) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("meridian", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }
}
