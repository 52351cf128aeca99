// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

import java.util.Optional;
import org.meridian.sky.Region;

/**
 * What a SODA request keeps of a dataset: a sky region (POS, CIRCLE or POLYGON) and a wavelength
 * interval in metres (BAND); neither means the whole dataset.
 */
public record Cut(Optional<Region> region, Optional<double[]> band) {

    public boolean whole() {
        return region.isEmpty() && band.isEmpty();
    }
}
