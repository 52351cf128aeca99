// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.fits;

import java.util.Optional;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;

/** One HDU's cards as nom-tam-fits read them from the file. */
public record FileCards(Header header) implements HeaderCards {

    @Override
    public Optional<String> text(String key) {
        HeaderCard card = header.findCard(key);
        return card == null || card.getValue() == null ? Optional.empty() : Optional.of(card.getValue());
    }

    @Override
    public Optional<Double> number(String key) {
        HeaderCard card = header.findCard(key);
        if (card == null || card.getValue() == null || !(card.isDecimalType() || card.isIntegerType())) {
            return Optional.empty();
        }
        try {
            double v = Double.parseDouble(card.getValue().replace('D', 'E').replace('d', 'e'));
            return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
