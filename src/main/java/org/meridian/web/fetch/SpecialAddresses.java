// SPDX-License-Identifier: Apache-2.0
package org.meridian.web.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Addresses a server must not be made to connect to on a stranger's behalf: this machine, its
 * private networks, link-local (cloud metadata at 169.254.169.254), multicast, unspecified,
 * reserved and shared ranges, and the IPv6 forms that embed or stand for them (ULA, IPv4-mapped
 * and -compatible, NAT64, 6to4, Teredo). Everything else is public.
 */
final class SpecialAddresses {

    /** A prefix of {@code bits} bits. */
    private record Block(byte[] prefix, int bits) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (prefix[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Block> BLOCKS = List.of(
            block("0.0.0.0", 8), // this network, unspecified
            block("10.0.0.0", 8), // private
            block("100.64.0.0", 10), // carrier-grade NAT
            block("127.0.0.0", 8), // loopback
            block("169.254.0.0", 16), // link-local, cloud metadata
            block("172.16.0.0", 12), // private
            block("192.0.0.0", 24), // IETF protocol assignments
            block("192.0.2.0", 24), // documentation
            block("192.88.99.0", 24), // 6to4 relay anycast
            block("192.168.0.0", 16), // private
            block("198.18.0.0", 15), // benchmarking
            block("198.51.100.0", 24), // documentation
            block("203.0.113.0", 24), // documentation
            block("224.0.0.0", 4), // multicast
            block("240.0.0.0", 4), // reserved, broadcast
            block("::", 96), // unspecified, loopback, IPv4-compatible
            new Block(ipv4Mapped(), 96), // IPv4-mapped (the JDK mostly hands these over as IPv4 already)
            block("64:ff9b::", 96), // NAT64: an IPv4 address behind it
            block("64:ff9b:1::", 48), // local-use NAT64
            block("100::", 64), // discard
            block("2001::", 32), // Teredo
            block("2001:db8::", 32), // documentation
            block("2002::", 16), // 6to4: an IPv4 address behind it
            block("fc00::", 7), // unique local (ULA)
            block("fe80::", 10), // link-local
            block("fec0::", 10), // site-local (deprecated)
            block("ff00::", 8)); // multicast

    private SpecialAddresses() {}

    static boolean isSpecial(InetAddress address) {
        byte[] bytes = address.getAddress();
        return BLOCKS.stream().anyMatch(b -> b.contains(bytes));
    }

    private static Block block(String literal, int bits) {
        try {
            return new Block(InetAddress.getByName(literal).getAddress(), bits); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    /** ::ffff:0:0, spelled in bytes: the JDK would turn the literal into the IPv4 address 0.0.0.0. */
    private static byte[] ipv4Mapped() {
        byte[] prefix = new byte[16];
        prefix[10] = (byte) 0xff;
        prefix[11] = (byte) 0xff;
        return prefix;
    }
}
