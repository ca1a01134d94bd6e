package dev.x3ups.records;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One printable document of one package, as it travels on {@code ups.labels} (key = tracking number).
 *
 * <p>A record with {@code voided = true} withdraws the documents of its tracking number: a printer that has not
 * printed them yet drops them. It need not carry an image.
 *
 * @param trackingNumber  the package's 1Z… tracking number (also the record key)
 * @param orderKey        the order the shipment was made for ({@code folder:KIND:number})
 * @param site            the X3 site whose printer gets the document (shipping site, or receiving site for
 *                        inbound purchase orders)
 * @param packageSequence the package's position in its shipment, from 1
 * @param packageCount    how many packages the shipment has
 * @param kind            what the document is
 * @param format          the image format
 * @param image           the document's bytes as UPS returned them (base64 decoded); empty for a void
 * @param shipmentId      UPS ShipmentIdentificationNumber, may be null
 * @param createdAt       when the document was obtained from UPS
 * @param voided          whether this record withdraws the tracking number's documents
 */
public record LabelDocument(
        String trackingNumber,
        String orderKey,
        String site,
        int packageSequence,
        int packageCount,
        DocumentKind kind,
        DocumentFormat format,
        byte[] image,
        String shipmentId,
        Instant createdAt,
        boolean voided) {

    public LabelDocument {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(orderKey, "orderKey");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(createdAt, "createdAt");
        if (packageSequence < 1 || packageCount < packageSequence) {
            throw new IllegalArgumentException("package " + packageSequence + " of " + packageCount
                    + ": the sequence must be between 1 and the count");
        }
        image = image == null ? new byte[0] : image.clone();
    }

    /** The document that withdraws {@code document}'s tracking number from the printers. */
    public static LabelDocument voiding(LabelDocument document, Instant at) {
        return new LabelDocument(document.trackingNumber, document.orderKey, document.site, document.packageSequence,
                document.packageCount, document.kind, document.format, new byte[0], document.shipmentId, at, true);
    }

    @Override
    public byte[] image() {
        return image.clone();
    }

    /** The image's length without copying it. */
    public int imageSize() {
        return image.length;
    }

    /** What keeps a shipment's documents together: the shipment id, or the order key when UPS gave none. */
    public String shipmentKey() {
        return shipmentId != null ? shipmentId : orderKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelDocument that && packageSequence == that.packageSequence
                && packageCount == that.packageCount && voided == that.voided
                && trackingNumber.equals(that.trackingNumber) && orderKey.equals(that.orderKey)
                && site.equals(that.site) && kind == that.kind && format == that.format
                && Arrays.equals(image, that.image) && Objects.equals(shipmentId, that.shipmentId)
                && createdAt.equals(that.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trackingNumber, orderKey, site, packageSequence, packageCount, kind, format,
                Arrays.hashCode(image), shipmentId, createdAt, voided);
    }

    /** Without the image bytes: labels are large and logs should not carry them. */
    @Override
    public String toString() {
        return "LabelDocument{" + trackingNumber + ", " + orderKey + ", site " + site + ", package " + packageSequence
                + "/" + packageCount + ", " + kind + " " + format + ", " + image.length + " bytes"
                + (voided ? ", VOIDED" : "") + "}";
    }
}
