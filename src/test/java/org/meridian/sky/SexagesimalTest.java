// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SexagesimalTest {

    private static final double RA_10_20_30_5 = (10 + 20 / 60.0 + 30.5 / 3600) * 15;

    @Test
    void rightAscensionInHours() {
        assertThat(Sexagesimal.parseRa("10:20:30.5")).isCloseTo(RA_10_20_30_5, within(1e-12));
        assertThat(Sexagesimal.parseRa("10 20 30.5")).isCloseTo(RA_10_20_30_5, within(1e-12));
        assertThat(Sexagesimal.parseRa("10h20m30.5s")).isCloseTo(RA_10_20_30_5, within(1e-12));
        assertThat(Sexagesimal.parseRa(" 10h 20m 30.5s ")).isCloseTo(RA_10_20_30_5, within(1e-12));
        assertThat(Sexagesimal.parseRa("10:20")).isCloseTo(155, within(1e-12));
        assertThat(Sexagesimal.parseRa("00:00:00")).isEqualTo(0);
        assertThat(Sexagesimal.parseRa("23:59:59.999")).isCloseTo(360 - 0.001 * 15 / 3600, within(1e-12));
    }

    @Test
    void rightAscensionInDegrees() {
        assertThat(Sexagesimal.parseRa("155.127")).isEqualTo(155.127);
        assertThat(Sexagesimal.parseRa("360")).isEqualTo(0);
        assertThat(Sexagesimal.parseRa("155d07m37.5s")).isCloseTo(155 + 7 / 60.0 + 37.5 / 3600, within(1e-12));
    }

    @Test
    void declination() {
        assertThat(Sexagesimal.parseDec("+12:30:00")).isEqualTo(12.5);
        assertThat(Sexagesimal.parseDec("12:30:00")).isEqualTo(12.5);
        assertThat(Sexagesimal.parseDec("-00:30:00")).isEqualTo(-0.5);
        assertThat(Sexagesimal.parseDec("-0 30 0")).isEqualTo(-0.5);
        assertThat(Sexagesimal.parseDec("\u221200:30:00")).isEqualTo(-0.5);
        assertThat(Sexagesimal.parseDec("12d30m00s")).isEqualTo(12.5);
        assertThat(Sexagesimal.parseDec("-12d30m")).isEqualTo(-12.5);
        assertThat(Sexagesimal.parseDec("- 05 00 36")).isCloseTo(-5.01, within(1e-12));
        assertThat(Sexagesimal.parseDec("-29.00781")).isEqualTo(-29.00781);
        assertThat(Sexagesimal.parseDec("90:00:00")).isEqualTo(90);
        assertThat(Sexagesimal.parseDec("-90")).isEqualTo(-90);
    }

    @Test
    void formatting() {
        assertThat(Sexagesimal.formatRa(RA_10_20_30_5, 2)).isEqualTo("10:20:30.50");
        assertThat(Sexagesimal.formatRa(RA_10_20_30_5, 1, Sexagesimal.Style.LETTERS))
                .isEqualTo("10h20m30.5s");
        assertThat(Sexagesimal.formatRa(RA_10_20_30_5, 0, Sexagesimal.Style.SPACES))
                .isEqualTo("10 20 31");
        assertThat(Sexagesimal.formatRa(360 - 1e-9, 2)).isEqualTo("00:00:00.00");
        assertThat(Sexagesimal.formatRa(-15, 0)).isEqualTo("23:00:00");
        assertThat(Sexagesimal.formatDec(-0.5, 1)).isEqualTo("-00:30:00.0");
        assertThat(Sexagesimal.formatDec(12.5, 0, Sexagesimal.Style.LETTERS)).isEqualTo("+12d30m00s");
        assertThat(Sexagesimal.formatDec(-1e-9, 2)).isEqualTo("+00:00:00.00");
        assertThat(Sexagesimal.formatDec(29.99999999, 2)).isEqualTo("+30:00:00.00");
        assertThat(Sexagesimal.formatDec(-90, 0)).isEqualTo("-90:00:00");
    }

    @Test
    void formatThenParseRoundTrips() {
        Random rnd = new Random(8);
        for (int i = 0; i < 5000; i++) {
            double ra = rnd.nextDouble() * 360;
            double dec = rnd.nextDouble() * 180 - 90;
            for (Sexagesimal.Style style : Sexagesimal.Style.values()) {
                double ra2 = Sexagesimal.parseRa(Sexagesimal.formatRa(ra, 4, style));
                double dec2 = Sexagesimal.parseDec(Sexagesimal.formatDec(dec, 3, style));
                assertThat(Spherical.distanceDeg(ra, 0, ra2, 0)).isLessThanOrEqualTo(0.00005 * 15 / 3600 + 1e-12);
                assertThat(dec2).isCloseTo(dec, within(0.0005 / 3600 + 1e-12));
            }
        }
    }

    @Test
    void badInputIsExplained() {
        assertThatThrownBy(() -> Sexagesimal.parseRa("")).hasMessage("RA is empty");
        assertThatThrownBy(() -> Sexagesimal.parseRa(null)).hasMessage("RA is empty");
        assertThatThrownBy(() -> Sexagesimal.parseRa("24:00:00")).hasMessageContaining("below 24");
        assertThatThrownBy(() -> Sexagesimal.parseRa("10:61:00")).hasMessageContaining("minutes must be below 60");
        assertThatThrownBy(() -> Sexagesimal.parseRa("10:20:60")).hasMessageContaining("seconds must be below 60");
        assertThatThrownBy(() -> Sexagesimal.parseRa("10.5:20:30"))
                .hasMessageContaining("'10.5' is not a whole number");
        assertThatThrownBy(() -> Sexagesimal.parseRa("-10:20:30")).hasMessageContaining("must not have a sign");
        assertThatThrownBy(() -> Sexagesimal.parseRa("400")).hasMessageContaining("outside 0..360");
        assertThatThrownBy(() -> Sexagesimal.parseRa("ten hours")).hasMessageContaining("cannot read RA");
        assertThatThrownBy(() -> Sexagesimal.parseRa("1:2:3:4")).hasMessageContaining("1 to 3 fields");
        assertThatThrownBy(() -> Sexagesimal.parseDec("+91:00:00")).hasMessageContaining("below 90");
        assertThatThrownBy(() -> Sexagesimal.parseDec("-90.5")).hasMessageContaining("outside -90..90");
        assertThatThrownBy(() -> Sexagesimal.parseDec("+-1:00:00")).hasMessageContaining("two signs");
        assertThatThrownBy(() -> Sexagesimal.parseDec("12:30:xx")).hasMessageContaining("'xx' is not a number");
        assertThatThrownBy(() -> Sexagesimal.formatDec(91, 1)).hasMessageContaining("outside");
        assertThatThrownBy(() -> Sexagesimal.formatRa(Double.NaN, 1)).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Sexagesimal.formatRa(1, 12)).hasMessageContaining("decimals");
    }
}
