// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

/** Orbital-element schemes the portal accepts for NON_SIDEREAL targets. */
public enum OrbitalScheme {
    MPC_MINOR_PLANET,
    MPC_COMET,
    JPL_MAJOR_PLANET;

    public boolean isComet() {
        return this == MPC_COMET;
    }
}
