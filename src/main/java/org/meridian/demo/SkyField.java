// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

/**
 * A patch of sky the catalog fills densely, because a demo file points there or a seed example
 * queries there.
 *
 * @param radiusDeg stars are spread uniformly over this disc
 * @param stars how many stars at scale 1
 */
public record SkyField(String name, double ra, double dec, double radiusDeg, int stars) {}
