// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A celestial FITS world coordinate system (Greisen &amp; Calabretta 2002, Calabretta &amp; Greisen
 * 2002) for the two zenithal projections that imaging archives meet: TAN (gnomonic) and SIN
 * (orthographic, without the slant parameters). Axis 1 is always right ascension here: headers with
 * declination on axis 1 are normalised when parsed.
 *
 * <p>Pixel coordinates follow the FITS convention: the centre of the first pixel is (1, 1).
 *
 * @param cd the linear transformation from pixel offsets to intermediate world coordinates in degrees,
 *     row-major {@code {CD1_1, CD1_2, CD2_1, CD2_2}}
 */
public record Wcs(Projection projection, double crval1, double crval2, double crpix1, double crpix2, double[] cd) {

    /** The supported projections. */
    public enum Projection {
        TAN,
        SIN
    }

    public Wcs {
        if (projection == null) {
            throw new IllegalArgumentException("WCS projection is missing");
        }
        if (cd == null || cd.length != 4) {
            throw new IllegalArgumentException("WCS CD matrix must have 4 elements");
        }
        // + 0.0 turns -0.0 into 0.0, so that equal transformations compare equal
        cd = new double[] {cd[0] + 0.0, cd[1] + 0.0, cd[2] + 0.0, cd[3] + 0.0};
        for (double v : new double[] {crval1, crval2, crpix1, crpix2, cd[0], cd[1], cd[2], cd[3]}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("WCS value is not finite: " + v);
            }
        }
        if (!(crval2 >= -90 && crval2 <= 90)) {
            throw new IllegalArgumentException("WCS reference declination " + crval2 + " is outside [-90, 90]");
        }
        if (cd[0] * cd[3] - cd[1] * cd[2] == 0) {
            throw new IllegalArgumentException("WCS CD matrix is singular (zero scale or degenerate axes)");
        }
    }

    @Override
    public double[] cd() {
        return cd.clone();
    }

    /**
     * A TAN projection of a north-up image with east to the left (the usual sky view), rotated
     * counter-clockwise on the sky by {@code rotationDeg} (the position angle of the image's +y axis,
     * measured from north through east).
     */
    public static Wcs tan(
            double raCentre,
            double decCentre,
            double crpix1,
            double crpix2,
            double scaleDegPerPixel,
            double rotationDeg) {
        if (!(scaleDegPerPixel > 0)) {
            throw new IllegalArgumentException("pixel scale must be positive, got " + scaleDegPerPixel);
        }
        double r = Math.toRadians(rotationDeg);
        double c = Math.cos(r);
        double s = Math.sin(r);
        // With rotation 0: +x points east-left (xi decreases), +y points north. Rotating the image's
        // axes by the position angle turns +y towards the east.
        double[] cd = {-scaleDegPerPixel * c, scaleDegPerPixel * s, scaleDegPerPixel * s, scaleDegPerPixel * c};
        return new Wcs(Projection.TAN, Angles.wrap360(raCentre), decCentre, crpix1, crpix2, cd);
    }

    /** Parses the WCS of a header whose numeric cards are given as a map (absent keys are absent). */
    public static Wcs fromHeader(String ctype1, String ctype2, Map<String, Double> numbers) {
        return fromHeader(ctype1, ctype2, key -> Optional.ofNullable(numbers.get(key)));
    }

    /**
     * Parses the WCS of a header. The linear part is taken from, in order of preference, the
     * {@code CDi_j} matrix, {@code CDELTi} with {@code PCi_j}, or {@code CDELTi} with {@code CROTA2}.
     * Distortion suffixes ({@code -SIP}, {@code -TPV}) are accepted and their terms ignored: the result
     * is then the undistorted projection, good to the size of the distortion (typically a few pixels
     * at the image corners).
     *
     * @throws IllegalArgumentException when the axes are not RA/DEC, the projection is unsupported or a
     *     required card is missing
     */
    public static Wcs fromHeader(String ctype1, String ctype2, Function<String, Optional<Double>> numbers) {
        Axis a1 = Axis.parse(ctype1, "CTYPE1");
        Axis a2 = Axis.parse(ctype2, "CTYPE2");
        if (a1.latitude == a2.latitude) {
            throw new IllegalArgumentException(
                    "WCS needs one RA and one DEC axis, got CTYPE1='" + ctype1 + "' CTYPE2='" + ctype2 + "'");
        }
        if (a1.projection != a2.projection) {
            throw new IllegalArgumentException(
                    "WCS axes use different projections: '" + ctype1 + "' and '" + ctype2 + "'");
        }
        double crval1 = required(numbers, "CRVAL1");
        double crval2 = required(numbers, "CRVAL2");
        double crpix1 = required(numbers, "CRPIX1");
        double crpix2 = required(numbers, "CRPIX2");
        double[] m = linearPart(numbers);
        if (a1.latitude) {
            // Axis 1 is declination: swap the world rows so that row 1 is right ascension.
            return new Wcs(a1.projection, crval2, crval1, crpix1, crpix2, new double[] {m[2], m[3], m[0], m[1]});
        }
        return new Wcs(a1.projection, crval1, crval2, crpix1, crpix2, m);
    }

    private static double[] linearPart(Function<String, Optional<Double>> numbers) {
        String[] cdKeys = {"CD1_1", "CD1_2", "CD2_1", "CD2_2"};
        boolean anyCd = false;
        double[] m = new double[4];
        for (int i = 0; i < 4; i++) {
            Optional<Double> v = numbers.apply(cdKeys[i]);
            anyCd |= v.isPresent();
            m[i] = v.orElse(0.0);
        }
        if (anyCd) {
            return m;
        }
        double cdelt1 = numbers.apply("CDELT1").orElseThrow(() -> missing("CD1_1 or CDELT1"));
        double cdelt2 = numbers.apply("CDELT2").orElseThrow(() -> missing("CD2_2 or CDELT2"));
        String[] pcKeys = {"PC1_1", "PC1_2", "PC2_1", "PC2_2"};
        boolean anyPc = false;
        double[] pc = {1, 0, 0, 1};
        for (int i = 0; i < 4; i++) {
            Optional<Double> v = numbers.apply(pcKeys[i]);
            if (v.isPresent()) {
                anyPc = true;
                pc[i] = v.get();
            }
        }
        if (!anyPc) {
            double rho = Math.toRadians(numbers.apply("CROTA2").orElse(0.0));
            double c = Math.cos(rho);
            double s = Math.sin(rho);
            // AIPS convention (Calabretta & Greisen 2002, eq. 189): PC = [[cos, -sin·cdelt2/cdelt1], ...]
            return new double[] {cdelt1 * c, -cdelt2 * s, cdelt1 * s, cdelt2 * c};
        }
        return new double[] {cdelt1 * pc[0], cdelt1 * pc[1], cdelt2 * pc[2], cdelt2 * pc[3]};
    }

    /** The sky position {ra, dec} in degrees of a FITS (1-based) pixel position. */
    public double[] pixelToSky(double x, double y) {
        double dx = x - crpix1;
        double dy = y - crpix2;
        double xi = Math.toRadians(cd[0] * dx + cd[1] * dy);
        double eta = Math.toRadians(cd[2] * dx + cd[3] * dy);
        Frame f = frame();
        Vector3 v =
                switch (projection) {
                    case TAN -> f.centre.plus(f.east.times(xi)).plus(f.north.times(eta));
                    case SIN -> {
                        double r2 = xi * xi + eta * eta;
                        if (r2 > 1) {
                            throw new IllegalArgumentException(
                                    "pixel (" + x + ", " + y + ") lies outside the SIN projection's disc");
                        }
                        yield f.centre
                                .times(Math.sqrt(1 - r2))
                                .plus(f.east.times(xi))
                                .plus(f.north.times(eta));
                    }
                };
        return v.toRaDec();
    }

    /**
     * The FITS (1-based) pixel position of a sky position in degrees, or {NaN, NaN} when the projection
     * cannot show it (the far hemisphere). NaN compares false with any bound, so callers that test
     * whether a position falls on the detector need no special case.
     */
    public double[] skyToPixel(double ra, double dec) {
        Vector3 v = Vector3.ofRaDec(ra, dec);
        Frame f = frame();
        double w = v.dot(f.centre);
        double xi;
        double eta;
        switch (projection) {
            case TAN -> {
                if (w <= 0) {
                    return new double[] {Double.NaN, Double.NaN};
                }
                xi = v.dot(f.east) / w;
                eta = v.dot(f.north) / w;
            }
            case SIN -> {
                if (w < 0) {
                    return new double[] {Double.NaN, Double.NaN};
                }
                xi = v.dot(f.east);
                eta = v.dot(f.north);
            }
            default -> throw new IllegalStateException();
        }
        double u = Math.toDegrees(xi);
        double t = Math.toDegrees(eta);
        double det = cd[0] * cd[3] - cd[1] * cd[2];
        double dx = (cd[3] * u - cd[1] * t) / det;
        double dy = (-cd[2] * u + cd[0] * t) / det;
        return new double[] {crpix1 + dx, crpix2 + dy};
    }

    /** The mean size of a pixel side in degrees (square root of the CD determinant). */
    public double pixelScale() {
        return Math.sqrt(Math.abs(cd[0] * cd[3] - cd[1] * cd[2]));
    }

    /** Header cards describing this WCS, in the usual order, with values as String or Double. */
    public Map<String, Object> toHeaderCards() {
        Map<String, Object> cards = new LinkedHashMap<>();
        String p = projection.name();
        cards.put("WCSAXES", 2L);
        cards.put("CTYPE1", "RA---" + p);
        cards.put("CTYPE2", "DEC--" + p);
        cards.put("CUNIT1", "deg");
        cards.put("CUNIT2", "deg");
        cards.put("CRVAL1", crval1);
        cards.put("CRVAL2", crval2);
        cards.put("CRPIX1", crpix1);
        cards.put("CRPIX2", crpix2);
        cards.put("CD1_1", cd[0]);
        cards.put("CD1_2", cd[1]);
        cards.put("CD2_1", cd[2]);
        cards.put("CD2_2", cd[3]);
        cards.put("RADESYS", "ICRS");
        return cards;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Wcs w
                && w.projection == projection
                && Double.compare(w.crval1, crval1) == 0
                && Double.compare(w.crval2, crval2) == 0
                && Double.compare(w.crpix1, crpix1) == 0
                && Double.compare(w.crpix2, crpix2) == 0
                && java.util.Arrays.equals(w.cd, cd);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(projection, crval1, crval2, crpix1, crpix2, java.util.Arrays.hashCode(cd));
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "Wcs[%s crval=(%s, %s) crpix=(%s, %s) cd=%s]",
                projection,
                crval1,
                crval2,
                crpix1,
                crpix2,
                java.util.Arrays.toString(cd));
    }

    /**
     * Unit vectors of the tangent point and of the directions of increasing RA (east) and increasing
     * Dec (north) there. With the native pole at longitude 180° (the FITS default for zenithal
     * projections) the intermediate coordinates are exactly the components along east and north.
     */
    private Frame frame() {
        double a = Math.toRadians(crval1);
        double d = Math.toRadians(crval2);
        double sa = Math.sin(a);
        double ca = Math.cos(a);
        double sd = Math.sin(d);
        double cdec = Math.cos(d);
        return new Frame(
                new Vector3(cdec * ca, cdec * sa, sd), new Vector3(-sa, ca, 0), new Vector3(-sd * ca, -sd * sa, cdec));
    }

    private record Frame(Vector3 centre, Vector3 east, Vector3 north) {}

    private record Axis(boolean latitude, Projection projection) {
        static Axis parse(String ctype, String key) {
            if (ctype == null || ctype.isBlank()) {
                throw missing(key);
            }
            String t = ctype.trim().toUpperCase(Locale.ROOT);
            String[] parts = t.split("-+", 3);
            if (parts.length < 2) {
                throw new IllegalArgumentException(key + "='" + ctype + "' names no projection");
            }
            boolean latitude =
                    switch (parts[0]) {
                        case "RA" -> false;
                        case "DEC" -> true;
                        default ->
                            throw new IllegalArgumentException(key + "='" + ctype
                                    + "' is not an RA or DEC axis (only equatorial WCS is supported)");
                    };
            Projection p =
                    switch (parts[1]) {
                        case "TAN", "TPV" -> Projection.TAN;
                        case "SIN" -> Projection.SIN;
                        default ->
                            throw new IllegalArgumentException(
                                    key + "='" + ctype + "': projection " + parts[1] + " is not supported (TAN, SIN)");
                    };
            if (parts.length == 3 && !parts[2].equals("SIP")) {
                throw new IllegalArgumentException(key + "='" + ctype + "': unknown suffix " + parts[2]);
            }
            return new Axis(latitude, p);
        }
    }

    private static double required(Function<String, Optional<Double>> numbers, String key) {
        return numbers.apply(key).orElseThrow(() -> missing(key));
    }

    private static IllegalArgumentException missing(String key) {
        return new IllegalArgumentException("WCS card " + key + " is missing");
    }
}
