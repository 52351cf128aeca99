// SPDX-License-Identifier: Apache-2.0
package org.meridian.web.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.Promise;

/**
 * The one way the server fetches a URL someone else names (TAP {@code UPLOAD=t,http://...} now,
 * remote tables later). {@link FetchPolicy} decides which URLs; host names are resolved once, by the
 * client's resolver, and only the addresses the policy allows are handed to the connection, so no
 * second lookup can swap in another address (DNS rebinding). Redirects are followed by hand, each
 * checked like the first URL. Whatever fails, the caller learns only {@link FetchException#FAILED}.
 */
public final class GuardedFetcher implements AutoCloseable {

    private static final List<Integer> REDIRECTS = List.of(301, 302, 303, 307, 308);

    private final FetchPolicy policy;
    private final FetchLimits limits;
    private final ExecutorService lookups = Executors.newVirtualThreadPerTaskExecutor();
    private HttpClient client;

    public GuardedFetcher(FetchPolicy policy, FetchLimits limits) {
        this.policy = policy;
        this.limits = limits;
    }

    /** Started on the first fetch: most services never fetch anything, and need no client threads. */
    private synchronized HttpClient client() throws FetchException {
        if (client == null) {
            HttpClient started = new HttpClient();
            started.setName("meridian-fetch");
            started.setFollowRedirects(false);
            started.setConnectTimeout(limits.connect().toMillis());
            started.setIdleTimeout(limits.total().toMillis());
            started.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "Meridian"));
            started.setSocketAddressResolver(this::resolve);
            try {
                started.start();
            } catch (Exception e) {
                throw FetchException.failed(e);
            }
            client = started;
        }
        return client;
    }

    /**
     * Checks {@code url} against the policy (throwing {@link FetchException#REFUSED}) without
     * connecting; {@link #open} checks again.
     */
    public void check(URI url) throws FetchException {
        policy.check(url);
    }

    /** The body of a 2xx answer, at most {@code maxBytes} long; the caller closes it. */
    public InputStream open(URI url) throws FetchException {
        policy.check(url);
        long deadline = System.nanoTime() + limits.total().toNanos();
        URI current = url;
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            InputStreamResponseListener listener = new InputStreamResponseListener();
            client().newRequest(current)
                    .timeout(remainingMillis(deadline), TimeUnit.MILLISECONDS)
                    .send(listener);
            Response response;
            try {
                response = listener.get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw FetchException.failed(e);
            } catch (Exception e) {
                throw FetchException.failed(e);
            }
            int status = response.getStatus();
            if (status / 100 == 2) {
                long length = response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
                if (length > limits.maxBytes()) {
                    response.abort(new IOException("too long"));
                    throw FetchException.failed(null);
                }
                return new Capped(listener.getInputStream(), limits.maxBytes());
            }
            String location = response.getHeaders().get(HttpHeader.LOCATION);
            response.abort(new IOException("not followed"));
            if (!REDIRECTS.contains(status) || location == null) {
                throw FetchException.failed(null);
            }
            try {
                current = current.resolve(location);
                policy.check(current);
            } catch (IllegalArgumentException | FetchException e) {
                // Where an allowed host sends us is its own business: the same answer as any failure.
                throw FetchException.failed(e);
            }
        }
        throw FetchException.failed(null);
    }

    /**
     * The client's only resolver: looks the host up once, keeps the addresses the policy allows
     * and hands the connection those, resolved (so it never looks the name up again).
     */
    private void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        lookups.execute(() -> {
            try {
                String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
                List<InetSocketAddress> allowed = Arrays.stream(InetAddress.getAllByName(bare))
                        .filter(policy::mayConnect)
                        .map(address -> new InetSocketAddress(address, port))
                        .toList();
                if (allowed.isEmpty()) {
                    promise.failed(new UnknownHostException("no address this service may connect to"));
                } else {
                    promise.succeeded(allowed);
                }
            } catch (UnknownHostException e) {
                promise.failed(e);
            }
        });
    }

    private static long remainingMillis(long deadline) throws FetchException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw FetchException.failed(null);
        }
        return left;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            try {
                client.stop();
            } catch (Exception ignored) {
                // stopping at shutdown: nothing left to do about it
            }
        }
        lookups.close();
    }

    /** A body cut off at the byte limit; every read error is the same uninformative failure. */
    private static final class Capped extends FilterInputStream {
        private final long max;
        private long count;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (IOException e) {
                throw FetchException.failed(e);
            }
            if (n > 0 && (count += n) > max) {
                throw FetchException.failed(null);
            }
            return n;
        }
    }
}
