// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.fits;

import java.util.Optional;

/**
 * One HDU's header cards by keyword, whether read from the file (nom-tam-fits) or from the cards
 * the archive stored at ingest; {@link ImageAxes} reads both alike.
 */
public interface HeaderCards {

    Optional<String> text(String key);

    Optional<Double> number(String key);
}
