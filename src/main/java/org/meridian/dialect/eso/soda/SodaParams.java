// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.meridian.sky.Region;
import org.meridian.sky.RegionParser;
import org.meridian.vo.dali.DaliParams;

/**
 * Reads a SODA 1.0 sync request (section 3.3): one {@code ID}, at most one spatial constraint
 * ({@code POS}, {@code CIRCLE} or {@code POLYGON}, ICRS degrees) and at most one {@code BAND}
 * (metres). Anything else it cannot honour is a {@code UsageFault}, never a silently different
 * cutout.
 */
public final class SodaParams {

    /** Longer parameter values than this are not coordinates but abuse. */
    private static final int MAX_VALUE = 16_384;

    private SodaParams() {}

    /** The request: its one ID and the cut. */
    public record Request(String id, Cut cut) {}

    public static Request read(DaliParams params) throws SodaFault {
        List<String> ids = params.all("ID");
        if (ids.isEmpty() || ids.getFirst().isBlank()) {
            throw SodaFault.usage("ID is required");
        }
        if (ids.size() > 1) {
            throw SodaFault.usage("one ID per synchronous request, got " + ids.size());
        }
        for (String unsupported : List.of("TIME", "POL")) {
            if (!params.all(unsupported).isEmpty()) {
                throw SodaFault.usage(unsupported + " cuts are not supported by this service");
            }
        }
        String format = params.responseFormat();
        if (format != null
                && !format.isBlank()
                && !List.of("application/fits", "fits", "image/fits").contains(format.toLowerCase(Locale.ROOT))) {
            throw SodaFault.usage("RESPONSEFORMAT " + format + " is not supported; cutouts are application/fits");
        }
        List<Region> regions = new ArrayList<>();
        for (String pos : params.all("POS")) {
            regions.add(region(pos, "", "POS"));
        }
        for (String circle : params.all("CIRCLE")) {
            regions.add(region(circle, "CIRCLE ", "CIRCLE"));
        }
        for (String polygon : params.all("POLYGON")) {
            regions.add(region(polygon, "POLYGON ", "POLYGON"));
        }
        if (regions.size() > 1) {
            throw SodaFault.usage("one spatial constraint (POS, CIRCLE or POLYGON) per request");
        }
        List<String> bands = params.all("BAND");
        if (bands.size() > 1) {
            throw SodaFault.usage("one BAND per request");
        }
        Optional<double[]> band = bands.isEmpty() ? Optional.empty() : Optional.of(band(bands.getFirst()));
        return new Request(ids.getFirst(), new Cut(regions.stream().findFirst(), band));
    }

    private static Region region(String value, String shape, String name) throws SodaFault {
        check(value, name);
        try {
            return RegionParser.parseDaliPos(shape + value.trim());
        } catch (IllegalArgumentException e) {
            throw SodaFault.usage(name + " " + e.getMessage());
        }
    }

    /** DALI interval: two numbers, lower first; -Inf and +Inf leave an end open; metres. */
    static double[] band(String value) throws SodaFault {
        check(value, "BAND");
        String[] parts = value.trim().split("\\s+");
        if (parts.length != 2) {
            throw SodaFault.usage("BAND must be two wavelengths in metres, 'min max', got '" + value + "'");
        }
        double[] b = new double[2];
        for (int i = 0; i < 2; i++) {
            try {
                b[i] = parts[i].matches("(?i)[+-]?inf")
                        ? (parts[i].startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                        : Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw SodaFault.usage("BAND value '" + parts[i] + "' is not a number");
            }
            if (Double.isNaN(b[i])) {
                throw SodaFault.usage("BAND value must not be NaN");
            }
        }
        if (b[0] > b[1]) {
            throw SodaFault.usage("BAND lower bound " + b[0] + " is above the upper bound " + b[1]);
        }
        if (b[1] < 0) {
            throw SodaFault.usage("BAND wavelengths are positive metres");
        }
        return b;
    }

    private static void check(String value, String name) throws SodaFault {
        if (value == null || value.isBlank()) {
            throw SodaFault.usage(name + " is empty");
        }
        if (value.length() > MAX_VALUE) {
            throw SodaFault.usage(name + " is longer than " + MAX_VALUE + " characters");
        }
    }
}
