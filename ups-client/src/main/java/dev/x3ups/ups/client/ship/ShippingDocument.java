package dev.x3ups.ups.client.ship;

/**
 * A document UPS returned with a shipment besides the labels, e.g. the commercial invoice when UPS printed it
 * instead of filing it electronically ({@code ShipmentResults.Form}). {@code toString()} omits the image.
 *
 * @param kind        UPS's form code ({@code 01}: all requested international forms)
 * @param description UPS's description of the form, may be null
 * @param format      image format code, e.g. {@code PDF}
 * @param base64Image the image as UPS sent it
 */
public record ShippingDocument(String kind, String description, String format, String base64Image) {
    @Override
    public String toString() {
        return "ShippingDocument{" + kind + ", " + format + ", "
                + (base64Image == null ? 0 : base64Image.length()) + " base64 chars}";
    }
}
