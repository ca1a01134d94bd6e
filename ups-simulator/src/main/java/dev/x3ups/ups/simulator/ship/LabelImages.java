package dev.x3ups.ups.simulator.ship;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Small labels: a GIF or PNG with a bar pattern derived from the tracking number (no AWT or fonts needed),
 * or ZPL/EPL/SPL text carrying the tracking number and a barcode command (a ZPL label is one {@code ^XA ... ^XZ}
 * format, as a thermal printer takes it). Returned base64 encoded like UPS does.
 */
public final class LabelImages {
    private static final int WIDTH = 128;
    private static final int HEIGHT = 32;

    private LabelImages() {
    }

    public static String render(String format, String trackingNumber) {
        String f = format == null ? "GIF" : format.toUpperCase();
        return switch (f) {
            case "ZPL" -> base64("^XA^CI28^PW812^LL1218^FO50,40^A0N,40,40^FDUPS " + trackingNumber + "^FS"
                    + "^FO50,100^BCN,200,Y,N,N^FD" + trackingNumber + "^FS^XZ");
            case "PNG" -> png(trackingNumber);
            case "EPL" -> base64("N\nB50,50,0,1,2,6,100,B,\"" + trackingNumber + "\"\nP1\n");
            case "SPL" -> base64("SPL " + trackingNumber);
            default -> gif(trackingNumber);
        };
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A 2-colour GIF of bars derived from the tracking number, encoded by hand in microseconds (ImageIO
     * took ~4 ms a label, too slow for benchmark rates). The LZW stream is "uncompressed": 7-bit minimum
     * code size, so every code is one byte, with a clear code every 126 pixels before the table grows.
     */
    static String gif(String trackingNumber) {
        byte[] row = bars(trackingNumber);
        ByteArrayOutputStream lzw = new ByteArrayOutputStream(WIDTH * HEIGHT + WIDTH * HEIGHT / 126 + 4);
        int sinceClear = 126;
        for (int y = 0; y < HEIGHT; y++) {
            boolean margin = y < 4 || y >= HEIGHT - 4;
            for (int i = 0; i < WIDTH; i++) {
                if (sinceClear == 126) {
                    lzw.write(0x80);
                    sinceClear = 0;
                }
                lzw.write(margin ? 0 : row[i]);
                sinceClear++;
            }
        }
        lzw.write(0x81);
        byte[] data = lzw.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + data.length / 255 + 40);
        out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        le16(out, WIDTH);
        le16(out, HEIGHT);
        out.writeBytes(new byte[] {(byte) 0x80, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0x2C, 0, 0, 0, 0});
        le16(out, WIDTH);
        le16(out, HEIGHT);
        out.write(0);
        out.write(7);
        for (int off = 0; off < data.length; off += 255) {
            int len = Math.min(255, data.length - off);
            out.write(len);
            out.write(data, off, len);
        }
        out.write(0);
        out.write(0x3B);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /** One row of bars (1) and spaces (0) derived from the tracking number. */
    private static byte[] bars(String trackingNumber) {
        byte[] row = new byte[WIDTH];
        int x = 8;
        for (char c : trackingNumber.toCharArray()) {
            int width = 1 + c % 3;
            for (int i = 0; i < width && x + i < WIDTH - 8; i++) {
                row[x + i] = 1;
            }
            x += width + 1 + (c % 2) * 2;
        }
        return row;
    }

    /** The same bars as an 8-bit greyscale PNG (black bars on white). */
    static String png(String trackingNumber) {
        byte[] row = bars(trackingNumber);
        ByteArrayOutputStream raw = new ByteArrayOutputStream((WIDTH + 1) * HEIGHT);
        for (int y = 0; y < HEIGHT; y++) {
            boolean margin = y < 4 || y >= HEIGHT - 4;
            raw.write(0); // filter: none
            for (int i = 0; i < WIDTH; i++) {
                raw.write(!margin && row[i] == 1 ? 0 : 0xFF);
            }
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(WIDTH).putInt(HEIGHT).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void le16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write(v >> 8);
    }
}
