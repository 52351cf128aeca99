// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

import java.util.List;

/**
 * Where the telescope pointed. Coordinates are ICRS degrees.
 *
 * @param footprint the sky area covered as a closed polygon of (ra, dec) vertices in degrees, in
 *     order, without repeating the first vertex; empty when unknown
 * @param proprietaryCoordinates true when the coordinates and object name are themselves secret
 *     until release (Gemini {@code PROP_MD})
 */
public record Pointing(
        String object,
        Double ra,
        Double dec,
        Double azimuth,
        Double elevation,
        Double cassRotatorPa,
        Double airmass,
        List<double[]> footprint,
        boolean proprietaryCoordinates) {

    public Pointing {
        footprint = footprint == null ? List.of() : List.copyOf(footprint);
    }
}
