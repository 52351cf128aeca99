// SPDX-License-Identifier: Apache-2.0
package org.meridian.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Downloads with the curl command into /dev/null, for throughput benchmarks: a separate client
 * process that costs almost no CPU, as a client on another machine would (the JDK's HttpClient
 * took one of the two cores here).
 */
public final class Curl {

    private Curl() {}

    /** Downloads {@code url} and returns the bytes received; an HTTP error or a curl failure throws. */
    public static long download(String url) throws IOException, InterruptedException {
        Process curl = new ProcessBuilder("curl", "-s", "-f", "-o", "/dev/null", "-w", "%{size_download}", url)
                .redirectErrorStream(true)
                .start();
        String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        if (curl.waitFor() != 0) {
            throw new IOException(url + ": curl says " + out);
        }
        return Long.parseLong(out);
    }
}
