// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.meridian.demo.DemoManifest.Catalog;
import org.meridian.demo.VotFile.Column;

/**
 * ESO-style ambient-condition tables for Paranal ({@code asm.meteo_paranal}, {@code
 * asm.dimm_paranal}): one row a minute through each night that has ESO observations.
 */
final class AmbientTables {

    /** One minute of Paranal weather and seeing. */
    record Sample(
            Instant start,
            double temperature,
            double humidity,
            double pressure,
            double windSpeed,
            double windDirection,
            double seeing,
            double tau0,
            double airmass) {}

    private AmbientTables() {}

    static List<Catalog> write(Path outDir, List<LocalDate> nights) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (LocalDate night : nights) {
            SplittableRandom rnd = Seeds.forName("asm/" + night);
            // Paranal nights run from about 23:00 UT to 10:00 UT the next day.
            Instant t = night.atTime(23, 0).toInstant(ZoneOffset.UTC);
            double seeing = 0.6 + rnd.nextDouble(0.6);
            double temp = 10 + rnd.nextDouble(6);
            for (int minute = 0; minute < 11 * 60; minute++) {
                seeing = Math.max(0.3, seeing + 0.02 * rnd.nextGaussian());
                temp -= 0.004 + 0.01 * rnd.nextGaussian();
                samples.add(new Sample(
                        t.plusSeconds(60L * minute),
                        temp,
                        8 + rnd.nextDouble(12),
                        743 + rnd.nextDouble(2),
                        Math.abs(4 + 3 * rnd.nextGaussian()),
                        rnd.nextDouble(360),
                        seeing,
                        0.002 + 0.004 * rnd.nextDouble(),
                        1 + rnd.nextDouble(0.6)));
            }
        }
        List<Catalog> written = new ArrayList<>();
        written.add(table(
                outDir,
                "asm.meteo_paranal",
                "Paranal meteorological station, one-minute samples (synthetic)",
                samples,
                List.of(
                        new Column<>(
                                "temp",
                                Double.class,
                                "Cel",
                                "phys.temperature;meta.main",
                                "Air temperature at 2 m",
                                Sample::temperature),
                        new Column<>(
                                "rhum",
                                Double.class,
                                "%",
                                "phys.atmol.humidity",
                                "Relative humidity at 2 m",
                                Sample::humidity),
                        new Column<>(
                                "pres", Double.class, "hPa", "phys.pressure", "Air pressure at 2 m", Sample::pressure),
                        new Column<>(
                                "wind_speed",
                                Double.class,
                                "m/s",
                                "phys.veloc;meta.code",
                                "Wind speed at 10 m",
                                Sample::windSpeed),
                        new Column<>(
                                "wind_dir",
                                Double.class,
                                "deg",
                                "pos.azimuth",
                                "Wind direction at 10 m (0 = North, 90 = East)",
                                Sample::windDirection))));
        written.add(table(
                outDir,
                "asm.dimm_paranal",
                "Paranal DIMM seeing monitor, one-minute samples (synthetic)",
                samples,
                List.of(
                        new Column<>(
                                "fwhm",
                                Double.class,
                                "arcsec",
                                "instr.obsty.seeing",
                                "DIMM seeing at zenith, 500 nm",
                                Sample::seeing),
                        new Column<>("tau0", Double.class, "s", "time.duration", "Coherence time", Sample::tau0),
                        new Column<>(
                                "airmass",
                                Double.class,
                                null,
                                "obs.airmass",
                                "Airmass of the DIMM star",
                                Sample::airmass))));
        return written;
    }

    private static Catalog table(
            Path outDir, String name, String description, List<Sample> samples, List<Column<Sample>> measurements)
            throws IOException {
        List<Column<Sample>> columns = new ArrayList<>();
        columns.add(new Column<>(
                "start_date",
                String.class,
                null,
                "time.start",
                "Start of the one-minute sample (UTC)",
                "timestamp",
                s -> s.start().toString().replace("Z", "")));
        columns.add(new Column<>(
                "integration", Integer.class, "s", "time.duration", "Integration time of the sample", s -> 60));
        columns.addAll(measurements);
        String path = "catalogs/" + name + ".vot";
        long n = VotFile.write(outDir.resolve(path), name, columns, samples);
        return new Catalog(name, path, null, null, n, description);
    }
}
