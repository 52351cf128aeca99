// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meridian.sky.Region;
import org.meridian.sky.Vector3;
import org.meridian.sky.Wcs;

/**
 * The pixels of an image a sky region covers (SODA 1.0 section 3.3: the smallest sub-array holding
 * the region, no resampling). The region's boundary is sampled densely, projected through the
 * image's WCS, and the bounding rectangle of those positions clipped to the image; a region that
 * holds the whole image keeps it whole.
 */
public final class SkyFootprints {

    /** Boundary samples per circle, per polygon edge and per RANGE side: far finer than a pixel matters. */
    private static final int SAMPLES = 128;

    private SkyFootprints() {}

    /** The pixels covering the region, or empty when the region misses the image. */
    public static Optional<PixelBox> pixels(Region region, Wcs wcs, long width, long height) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        boolean unprojectable = false;
        for (double[] p : boundary(region)) {
            double[] xy = wcs.skyToPixel(p[0], p[1]);
            if (!Double.isFinite(xy[0]) || !Double.isFinite(xy[1])) {
                unprojectable = true;
                continue;
            }
            minX = Math.min(minX, xy[0]);
            maxX = Math.max(maxX, xy[0]);
            minY = Math.min(minY, xy[1]);
            maxY = Math.max(maxY, xy[1]);
        }
        double[] centre = wcs.pixelToSky((width + 1) / 2.0, (height + 1) / 2.0);
        if (unprojectable && region.contains(centre[0], centre[1])) {
            return Optional.of(PixelBox.whole(width, height)); // the region reaches round the sky
        }
        // A pixel spans its centre +-0.5: keep every pixel the bounding rectangle touches.
        long x1 = Math.max(1, Math.round(Math.floor(minX + 0.5)));
        long x2 = Math.min(width, Math.round(Math.ceil(maxX - 0.5)));
        long y1 = Math.max(1, Math.round(Math.floor(minY + 0.5)));
        long y2 = Math.min(height, Math.round(Math.ceil(maxY - 0.5)));
        if (x1 > x2 || y1 > y2 || !Double.isFinite(minX)) {
            return Optional.empty();
        }
        PixelBox box = new PixelBox(x1, x2, y1, y2);
        return overlaps(region, wcs, box) ? Optional.of(box) : Optional.empty();
    }

    /**
     * Whether the region really meets the box: the bounding rectangle of a circle beyond an image's
     * corner can clip to a few corner pixels that the circle does not reach.
     */
    private static boolean overlaps(Region region, Wcs wcs, PixelBox box) {
        int steps = 32;
        for (int i = 0; i <= steps; i++) {
            for (int j = 0; j <= steps; j++) {
                double x = box.x1() - 0.5 + box.width() * (double) i / steps;
                double y = box.y1() - 0.5 + box.height() * (double) j / steps;
                double[] sky = wcs.pixelToSky(x, y);
                if (region.contains(sky[0], sky[1])) {
                    return true;
                }
            }
        }
        for (double[] p : boundary(region)) {
            double[] xy = wcs.skyToPixel(p[0], p[1]);
            if (xy[0] >= box.x1() - 0.5
                    && xy[0] <= box.x2() + 0.5
                    && xy[1] >= box.y1() - 0.5
                    && xy[1] <= box.y2() + 0.5) {
                return true;
            }
        }
        return false;
    }

    /** Positions {ra, dec} along the region's boundary. */
    static List<double[]> boundary(Region region) {
        return switch (region) {
            case Region.Circle c -> circle(c);
            case Region.PolygonRegion p -> edges(p.polygon().vertices());
            case Region.Range r -> range(r);
            case Region.Point p -> List.of(new double[] {p.ra(), p.dec()});
        };
    }

    private static List<double[]> circle(Region.Circle c) {
        List<double[]> out = new ArrayList<>();
        if (c.radius() >= 89.999) {
            // Beyond a hemisphere the gnomonic trick fails; sample the small circle directly.
            Vector3 centre = Vector3.ofRaDec(c.ra(), c.dec());
            Vector3 pole = Math.abs(c.dec()) > 80 ? new Vector3(1, 0, 0) : new Vector3(0, 0, 1);
            Vector3 u = centre.cross(pole).unit();
            Vector3 v = centre.cross(u).unit();
            double r = Math.toRadians(c.radius());
            for (int i = 0; i < SAMPLES; i++) {
                double t = 2 * Math.PI * i / SAMPLES;
                out.add(centre.times(Math.cos(r))
                        .plus(u.times(Math.sin(r) * Math.cos(t)))
                        .plus(v.times(Math.sin(r) * Math.sin(t)))
                        .toRaDec());
            }
            return out;
        }
        // In the gnomonic projection centred on the circle, the circle is a circle of radius tan(r).
        Wcs tangent = new Wcs(Wcs.Projection.TAN, c.ra(), c.dec(), 0, 0, new double[] {1, 0, 0, 1});
        double rho = Math.toDegrees(Math.tan(Math.toRadians(c.radius())));
        for (int i = 0; i < SAMPLES; i++) {
            double t = 2 * Math.PI * i / SAMPLES;
            out.add(tangent.pixelToSky(rho * Math.cos(t), rho * Math.sin(t)));
        }
        return out;
    }

    private static List<double[]> edges(List<double[]> vertices) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < vertices.size(); i++) {
            Vector3 a = Vector3.ofRaDec(vertices.get(i)[0], vertices.get(i)[1]);
            double[] next = vertices.get((i + 1) % vertices.size());
            Vector3 b = Vector3.ofRaDec(next[0], next[1]);
            for (int k = 0; k < SAMPLES; k++) {
                double t = (double) k / SAMPLES;
                out.add(a.times(1 - t).plus(b.times(t)).unit().toRaDec()); // along the great circle
            }
        }
        return out;
    }

    private static List<double[]> range(Region.Range r) {
        List<double[]> out = new ArrayList<>();
        double width = r.width();
        for (int k = 0; k <= SAMPLES; k++) {
            double t = (double) k / SAMPLES;
            double ra = r.ra1() + width * t;
            double dec = r.dec1() + (r.dec2() - r.dec1()) * t;
            out.add(new double[] {ra, r.dec1()});
            out.add(new double[] {ra, r.dec2()});
            out.add(new double[] {r.ra1(), dec});
            out.add(new double[] {r.ra1() + width, dec});
        }
        return out;
    }
}
