// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.cal;

import java.util.Optional;
import org.meridian.core.calibration.CalQuery;
import org.meridian.core.calibration.CalRule;

/** Rule shapes the infrared instruments (NIRI, F2, GNIRS) share, each with that instrument's matching columns. */
final class InfraredRules {

    private InfraredRules() {}

    /**
     * Spectroscopic standards and tellurics: OBJECT spectra through the same setup, within {@code days};
     * raw ones are partnerCal or progCal frames, processed ones carry the {@code tag}.
     */
    static CalRule spectroscopicStandard(String tag, int howMany, double days, String... setup) {
        return CalRule.of(howMany, 1, (t, processed) -> {
            CalQuery q = CalQuery.of(t)
                    .observationType("OBJECT")
                    .spectroscopy(true)
                    .match("instrument")
                    .match(setup)
                    .tolerance("central_wavelength", 0.001)
                    .within(days);
            return Optional.of(
                    processed ? q.tagged(tag) : q.raw().where("o.observation_class in ('partnerCal', 'progCal')"));
        });
    }

    /** Photometric standards: partnerCal OBJECT images through the same setup, within a day. */
    static CalRule photometricStandard(int howMany, String... setup) {
        return CalRule.rawOnly(
                howMany,
                (t, processed) -> t.spectroscopy()
                        ? Optional.empty()
                        : Optional.of(CalQuery.of(t)
                                .observationType("OBJECT")
                                .observationClass("partnerCal")
                                .match("instrument")
                                .match(setup)
                                .within(1)));
    }

    /**
     * Flats through the same setup within {@code days}: ten raw ones or one processed, and in
     * spectroscopy also the same central wavelength.
     */
    static CalRule flat(double days, String[] setup, String... alsoMatch) {
        return CalRule.of(10, 1, (t, processed) -> {
            CalQuery q = CalQuery.of(t)
                    .rawOrProcessed("FLAT", processed)
                    .match("instrument")
                    .match(setup)
                    .match(alsoMatch)
                    .within(days);
            return Optional.of(t.spectroscopy() ? q.tolerance("central_wavelength", 0.001) : q);
        });
    }

    /** Arcs: one, through the same setup and central wavelength, within {@code days}. */
    static CalRule arc(double days, String... setup) {
        return CalRule.of(
                1,
                1,
                (t, processed) -> Optional.of(CalQuery.of(t)
                        .rawOrProcessed("ARC", processed)
                        .match("instrument")
                        .match(setup)
                        .tolerance("central_wavelength", 0.001)
                        .within(days)));
    }

    /** Lamp-off flats: raw FLAT frames with the calibration lamp off, within a day. */
    static CalRule lampOffFlat(int howMany, String... setup) {
        return CalRule.rawOnly(
                howMany,
                (t, processed) -> Optional.of(CalQuery.of(t)
                        .rawOrProcessed("FLAT", false)
                        .where("o.gcal_lamp = 'Off'")
                        .match("instrument")
                        .match(setup)
                        .within(1)));
    }

    /** Darks of the same instrument and matching columns within {@code days}: ten raw ones or one processed. */
    static CalRule dark(double days, String... match) {
        return CalRule.of(
                10,
                1,
                (t, processed) -> Optional.of(CalQuery.of(t)
                        .rawOrProcessed("DARK", processed)
                        .match("instrument")
                        .match(match)
                        .within(days)));
    }
}
