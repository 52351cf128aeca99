// SPDX-License-Identifier: Apache-2.0
package org.meridian.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 GET client on one kept-alive socket, for latency benchmarks. The JDK's
 * HttpClient hands every exchange between its selector thread and the caller, which costs about as
 * much as the whole request does here; this client costs a few microseconds, so what is measured
 * is the server. One instance per client thread; for benchmarks only (no TLS, no redirects).
 */
public final class KeepAliveHttp implements AutoCloseable {

    private final String host;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    /** One answer: its status line, its Content-Encoding (or ""), and its body as sent. */
    public record Response(String status, String contentEncoding, byte[] body) {
        public boolean ok() {
            return status.contains(" 200 ");
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public KeepAliveHttp(URI base) throws IOException {
        this.host = base.getHost() + ":" + base.getPort();
        this.socket = new Socket(base.getHost(), base.getPort());
        socket.setTcpNoDelay(true);
        this.in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        this.out = socket.getOutputStream();
    }

    /** GETs a path with its query string and returns the body text; a status other than 200 throws. */
    public String get(String pathAndQuery) throws IOException {
        Response r = exchange(pathAndQuery);
        if (!r.ok()) {
            throw new IOException(r.status() + ": " + r.text());
        }
        return r.text();
    }

    /** GETs a path with its query string, with extra header lines ("Name: value"). */
    public Response exchange(String pathAndQuery, String... headers) throws IOException {
        StringBuilder request = new StringBuilder("GET ")
                .append(pathAndQuery)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append("\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = line();
        long length = -1;
        boolean chunked = false;
        String encoding = "";
        for (String header; !(header = line()).isEmpty(); ) {
            String h = header.toLowerCase(Locale.ROOT);
            if (h.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).trim());
            } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                chunked = true;
            } else if (h.startsWith("content-encoding:")) {
                encoding = h.substring(17).trim();
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size; (size = Integer.parseInt(line().split(";")[0].trim(), 16)) > 0; ) {
                copy(size, body);
                line();
            }
            line();
        } else if (length >= 0) {
            copy(length, body);
        } else {
            throw new IOException("response without length: " + status);
        }
        return new Response(status, encoding, body.toByteArray());
    }

    private void copy(long n, ByteArrayOutputStream to) throws IOException {
        byte[] buffer = new byte[8192];
        while (n > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, n));
            if (read < 0) {
                throw new IOException("connection closed mid-body");
            }
            to.write(buffer, 0, read);
            n -= read;
        }
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
