// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.http;

/**
 * One endpoint as registered: its HTTP method and its path pattern as the dialect wrote it
 * ({@code /file/{filename}}). The authorization matrix test walks the full list, so a route
 * added without an entry there fails the build.
 */
public record Route(String method, String path) implements Comparable<Route> {

    @Override
    public int compareTo(Route other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : method.compareTo(other.method);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
