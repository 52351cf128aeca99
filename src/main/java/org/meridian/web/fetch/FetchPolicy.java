// SPDX-License-Identifier: Apache-2.0
package org.meridian.web.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which URLs the server fetches: http and https only, without credentials, from the hosts the
 * operator lists (exact names or IP literals; none by default, so nothing is fetched), and then
 * only from public addresses, unless the address itself is listed. Listing a name does not allow
 * whatever private address it resolves to: an internal host is allowed by listing its address.
 */
public final class FetchPolicy {

    /** Nothing is ever fetched. */
    public static final FetchPolicy NONE = new FetchPolicy(Set.of(), Set.of());

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

    private final Set<String> names;
    private final Set<InetAddress> addresses;

    private FetchPolicy(Set<String> names, Set<InetAddress> addresses) {
        this.names = names;
        this.addresses = addresses;
    }

    /** @param hosts host names and IP literals (IPv6 with or without brackets) */
    public static FetchPolicy of(Collection<String> hosts) {
        Set<String> names = new HashSet<>();
        Set<InetAddress> addresses = new HashSet<>();
        for (String host : hosts) {
            String h = bare(host.strip());
            if (h.isEmpty()) {
                continue;
            }
            InetAddress literal = literal(h);
            if (literal != null) {
                addresses.add(literal);
            } else {
                names.add(h.toLowerCase(Locale.ROOT));
            }
        }
        return new FetchPolicy(Set.copyOf(names), Set.copyOf(addresses));
    }

    public boolean fetchesNothing() {
        return names.isEmpty() && addresses.isEmpty();
    }

    /** Refuses a URL the server must not fetch, before anything is looked up or connected. */
    void check(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getRawUserInfo() != null) {
            throw FetchException.refused();
        }
        String host = url.getHost() == null ? "" : bare(url.getHost());
        InetAddress literal = literal(host);
        boolean listed = literal != null ? addresses.contains(literal) : names.contains(host.toLowerCase(Locale.ROOT));
        if (!listed) {
            throw FetchException.refused();
        }
    }

    /** Whether the server may connect to an address a listed host resolved to. */
    boolean mayConnect(InetAddress address) {
        return addresses.contains(address) || !SpecialAddresses.isSpecial(address);
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /**
     * The address an IP literal stands for, or null for a name. Nothing is looked up: only a dotted
     * quad reaches the JDK unbracketed, and a bracketed string is parsed as an IPv6 literal or refused.
     */
    private static InetAddress literal(String host) {
        try {
            if (IPV4.matcher(host).matches()) {
                return InetAddress.getByName(host);
            }
            return host.contains(":") ? InetAddress.getByName("[" + host + "]") : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
