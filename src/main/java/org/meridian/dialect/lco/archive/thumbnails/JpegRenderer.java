// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive.thumbnails;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The thumbnail service's last step (docs/lco-archive.md): fit the scaled image into width × height keeping its aspect ratio and never
 * enlarging (PIL {@code thumbnail}), write the label in white monospace shrunk to fit, encode as an
 * RGB baseline JPEG. Downsampling uses area averaging ({@link AreaAverage}) where PIL uses Lanczos.
 */
public final class JpegRenderer {

    private JpegRenderer() {}

    /** One channel (grey) or three (red, green, blue), each width × height, top row first. */
    public static byte[] render(
            List<byte[]> channels, int width, int height, int maxWidth, int maxHeight, String label, int quality)
            throws IOException {
        // Shrink the 8-bit channels before building any image: the full-size picture is never made.
        int[] size = fit(width, height, maxWidth, maxHeight);
        List<byte[]> small = size[0] == width && size[1] == height
                ? channels
                : channels.stream()
                        .map(c -> AreaAverage.shrink(c, width, height, size[0], size[1]))
                        .toList();
        byte[] r = small.get(0);
        byte[] g = small.size() == 3 ? small.get(1) : r;
        byte[] b = small.size() == 3 ? small.get(2) : r;
        int[] rgb = new int[size[0] * size[1]];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (r[i] & 0xff) << 16 | (g[i] & 0xff) << 8 | (b[i] & 0xff);
        }
        BufferedImage out = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, size[0], size[1], rgb, 0, size[0]);
        if (label != null && !label.isEmpty()) {
            drawLabel(out, label);
        }
        return jpeg(out, quality);
    }

    /** PIL's thumbnail size: the largest size within the box with the same aspect, never larger than the image. */
    static int[] fit(int width, int height, int maxWidth, int maxHeight) {
        if (width <= maxWidth && height <= maxHeight) {
            return new int[] {width, height};
        }
        double scale = Math.min((double) maxWidth / width, (double) maxHeight / height);
        return new int[] {Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))};
    }

    private static void drawLabel(BufferedImage image, String label) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int size = 20;
        FontMetrics metrics;
        do {
            g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, size));
            metrics = g.getFontMetrics();
        } while (metrics.stringWidth(label) > image.getWidth() - 4 && --size > 1);
        g.setColor(Color.WHITE);
        int textHeight = metrics.getAscent() + metrics.getDescent();
        g.drawString(label, 4, image.getHeight() - 4 - textHeight + metrics.getAscent());
        g.dispose();
    }

    private static byte[] jpeg(BufferedImage image, int quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(Math.max(1, Math.min(100, quality)) / 100f);
            param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
