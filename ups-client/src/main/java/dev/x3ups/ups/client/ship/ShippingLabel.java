package dev.x3ups.ups.client.ship;

/** The label of one package: base64 image in the requested format. {@code toString()} omits the image. */
public record ShippingLabel(String trackingNumber, String format, String base64Image) {
    @Override
    public String toString() {
        return "ShippingLabel{" + trackingNumber + ", " + format + ", "
                + (base64Image == null ? 0 : base64Image.length()) + " base64 chars}";
    }
}
