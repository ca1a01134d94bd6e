package dev.x3ups.ups.simulator.ship;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Small labels: a GIF with a bar pattern derived from the tracking number (no fonts needed, so it works
 * headless), or ZPL/EPL/SPL text carrying a barcode command. Returned base64 encoded like UPS does.
 */
public final class LabelImages {
    private LabelImages() {
    }

    public static String render(String format, String trackingNumber) {
        String f = format == null ? "GIF" : format.toUpperCase();
        return switch (f) {
            case "ZPL" -> base64("^XA^FO50,50^BCN,100,Y,N,N^FD" + trackingNumber + "^FS^XZ");
            case "EPL" -> base64("N\nB50,50,0,1,2,6,100,B,\"" + trackingNumber + "\"\nP1\n");
            case "SPL" -> base64("SPL " + trackingNumber);
            default -> gif(trackingNumber);
        };
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String gif(String trackingNumber) {
        BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 60);
            g.setColor(Color.BLACK);
            int x = 10;
            for (char c : trackingNumber.toCharArray()) {
                int width = 1 + c % 3;
                g.fillRect(x, 5, width, 50);
                x += width + 1 + (c % 2) * 3;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try {
            ImageIO.write(image, "gif", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
