// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IppTest {
    private static final double D = 5544 / 3600.0;

    @Test
    void maxAllowableMatchesTheReferenceVectors() {
        assertThat(Ipp.maxAllowable(1.0, D)).isEqualTo(1.649);
        assertThat(Ipp.maxAllowable(1.33, D)).isEqualTo(1.863);
        assertThat(Ipp.maxAllowable(0.0, D)).isEqualTo(1.0);
        assertThat(Ipp.maxAllowable(100, D)).isEqualTo(2.0);
        assertThat(Ipp.minAllowable()).isEqualTo(0.5);
    }

    @Test
    void validateReportsValhallasMessage() {
        assertThatThrownBy(() -> Ipp.validate(2.0, 1.0, D, "NORMAL", "1M0-SCICAM-SBIG"))
                .isInstanceOf(Ipp.InsufficientIpp.class)
                .hasMessage("An IPP Value of 2.0 requires more IPP time than you have available for 'NORMAL'"
                        + " Observation with the 1M0-SCICAM-SBIG . Please lower your IPP Value to <= 1.649 and submit"
                        + " again.");
        assertThat(Ipp.validate(1.5, 1.0, D, "NORMAL", "x")).isCloseTo(1.0 - 0.5 * D, within(1e-12));
        assertThat(Ipp.validate(0.8, 0.0, D, "NORMAL", "x")).isEqualTo(0.0);
    }

    @Test
    void debitOnCreationIsNotClamped() {
        Ipp.Allocation a = Ipp.debitOnCreation(new Ipp.Allocation(10, 0.5), 2.0, D);
        assertThat(a.ippTimeAvailable()).isCloseTo(0.5 - D, within(1e-12));
        assertThat(Ipp.debitOnCreation(a, 1.0, D)).isEqualTo(a);
    }

    /** Allocation (limit 2 h, 1 h available); ipp, request hours, from → to; hours available after. */
    @ParameterizedTest
    @CsvSource({
        "0.5, 1.0, PENDING, COMPLETED, 1.5",
        "1.5, 1.0, WINDOW_EXPIRED, COMPLETED, 0.5",
        "1.5, 1.0, PENDING, COMPLETED, 1.0",
        "2.0, 4.0, PENDING, CANCELED, 2.0",
        "1.0, 4.0, PENDING, WINDOW_EXPIRED, 1.0"
    })
    void stateChangesCreditAndDebitWithinTheLimit(
            double ipp, double hours, RequestState from, RequestState to, double available) {
        Ipp.Allocation a = new Ipp.Allocation(2.0, 1.0);
        assertThat(Ipp.onStateChange(a, ipp, hours, from, to).ippTimeAvailable())
                .isEqualTo(available);
    }
}
