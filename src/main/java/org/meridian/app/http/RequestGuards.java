// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * What every request meets before any dialect (docs/operations.md, "Limits"): the security headers
 * of every answer, the refusal of a body in a charset the JVM does not know (415), of another
 * site's state-changing request made with a session cookie (CSRF), and the rate limits (429 with
 * {@code Retry-After}) per address and per credential.
 */
public final class RequestGuards {

    /** The cookies that carry a login (docs/architecture.md, "Callers"). */
    private static final List<String> SESSION_COOKIES =
            List.of("JSESSIONID", "sessionid", "gemini_archive_session", "mast_token");

    private static final Set<HandlerType> CHANGES =
            Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    /**
     * Pages may run their own inline scripts and styles (the Gemini search form) and nothing from
     * elsewhere; no page may be framed, no plugin loaded, no form sent to another site.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
            + " frame-ancestors 'none'; form-action 'self'";

    private final Throttle perAddress;
    private final Throttle perCredential;

    /**
     * @param perCredential each credential's budget ({@code rate.limit}); each address gets
     *     {@link RateLimit#PER_ADDRESS} unless limits are off
     */
    public RequestGuards(RateLimit perCredential) {
        this.perCredential = new Throttle(perCredential, System::nanoTime);
        this.perAddress = new Throttle(perCredential.off() ? RateLimit.OFF : RateLimit.PER_ADDRESS, System::nanoTime);
    }

    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.before(this::guard);
    }

    private void guard(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        String charset = unsupportedCharset(ctx.header("Content-Type"));
        if (charset != null) {
            // Jetty would throw on it wherever a handler reads the body's type: a 415 for everyone.
            refuse(ctx, 415, "unsupported charset '" + charset + "' in Content-Type; send UTF-8");
            return;
        }
        if (crossSiteWithSession(ctx)) {
            refuse(ctx, 403, "a page of another site may not act with your session here (cross-site request refused)");
            return;
        }
        String credential = credential(ctx);
        // The server's own host (tools, tests, a proxy in front) is limited per credential only.
        long wait = loopback(ctx.ip()) ? 0 : perAddress.secondsToWait("address " + ctx.ip());
        if (wait == 0 && credential != null) {
            wait = perCredential.secondsToWait(credential);
        }
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            refuse(
                    ctx,
                    429,
                    "Request was throttled. Expected available in " + wait + " second" + (wait == 1 ? "" : "s") + ".");
        }
    }

    /**
     * A state change sent by a browser from another site, carrying a session cookie but no
     * {@code Authorization} header (which no other site can make a browser send). Scripted clients
     * (astroquery, pyvo, curl) send neither {@code Origin} nor {@code Sec-Fetch-Site}.
     */
    static boolean crossSiteWithSession(Context ctx) {
        if (!CHANGES.contains(ctx.method()) || ctx.header("Authorization") != null) {
            return false;
        }
        if (SESSION_COOKIES.stream().noneMatch(name -> ctx.cookie(name) != null)) {
            return false;
        }
        if ("cross-site".equals(ctx.header("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = ctx.header("Origin");
        return origin != null && !sameOrigin(origin, ctx.scheme(), ctx.host());
    }

    /** The {@code charset} parameter of a Content-Type when the JVM knows no such charset, else null. */
    static String unsupportedCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        java.util.regex.Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        try {
            return java.nio.charset.Charset.isSupported(name) ? null : name;
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return name;
        }
    }

    private static final java.util.regex.Pattern CHARSET =
            java.util.regex.Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]*)");

    static boolean sameOrigin(String origin, String scheme, String host) {
        try {
            URI o = URI.create(origin);
            String authority = o.getRawAuthority();
            return authority != null && scheme.equalsIgnoreCase(o.getScheme()) && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false; // "null" or garbage: not this site
        }
    }

    private static boolean loopback(String ip) {
        return ip.equals("127.0.0.1") || ip.equals("::1") || ip.equals("0:0:0:0:0:0:0:1") || ip.startsWith("127.");
    }

    /**
     * The budget key of the request's credential: a SHA-256 digest of it, so that the throttle's map
     * never holds a token, a session id or a Basic password.
     */
    private static String credential(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            return digest("authorization " + authorization);
        }
        for (String name : SESSION_COOKIES) {
            String value = ctx.cookie(name);
            if (value != null) {
                return digest("cookie " + value);
            }
        }
        return null;
    }

    private static String digest(String credential) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(credential.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static void refuse(Context ctx, int status, String message) {
        if (ctx.header("Content-Length") != null || ctx.header("Transfer-Encoding") != null) {
            // The body stays unread, so Jetty drops the connection after answering: say so, or a client
            // that reuses it for its next request finds it closed.
            ctx.header("Connection", "close");
        }
        ctx.status(status).contentType("text/plain; charset=UTF-8").result(message + "\n");
        ctx.skipRemainingHandlers();
    }
}
