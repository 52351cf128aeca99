// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

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

    @Test
    void stateChangesCreditAndDebitWithinTheLimit() {
        Ipp.Allocation a = new Ipp.Allocation(2.0, 1.0);
        assertThat(Ipp.onStateChange(a, 0.5, 1.0, RequestState.PENDING, RequestState.COMPLETED)
                        .ippTimeAvailable())
                .isEqualTo(1.5);
        assertThat(Ipp.onStateChange(a, 1.5, 1.0, RequestState.WINDOW_EXPIRED, RequestState.COMPLETED)
                        .ippTimeAvailable())
                .isEqualTo(0.5);
        assertThat(Ipp.onStateChange(a, 1.5, 1.0, RequestState.PENDING, RequestState.COMPLETED)
                        .ippTimeAvailable())
                .isEqualTo(1.0);
        assertThat(Ipp.onStateChange(a, 2.0, 4.0, RequestState.PENDING, RequestState.CANCELED)
                        .ippTimeAvailable())
                .isEqualTo(2.0);
        assertThat(Ipp.onStateChange(a, 1.0, 4.0, RequestState.PENDING, RequestState.WINDOW_EXPIRED)
                        .ippTimeAvailable())
                .isEqualTo(1.0);
    }
}
