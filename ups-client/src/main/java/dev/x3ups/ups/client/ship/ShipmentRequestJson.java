package dev.x3ups.ups.client.ship;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.client.json.UpsJson;

/** Maps a {@link ShipmentSpec} to UPS's {@code ShipmentRequest} (Shipping.yaml v2409). */
public final class ShipmentRequestJson {
    static final String SUB_VERSION = "2409";

    private ShipmentRequestJson() {
    }

    public static ObjectNode write(ShipmentSpec spec) {
        ObjectNode root = UpsJson.object();
        ObjectNode request = root.putObject("ShipmentRequest");
        ObjectNode req = request.putObject("Request");
        req.put("RequestOption", "nonvalidate");
        req.put("SubVersion", SUB_VERSION);
        if (UpsParts.hasText(spec.customerContext())) {
            req.putObject("TransactionReference").put("CustomerContext", spec.customerContext());
        }

        ObjectNode shipment = request.putObject("Shipment");
        if (UpsParts.hasText(spec.description())) {
            shipment.put("Description", spec.description());
        }
        ObjectNode shipper = UpsParts.party(spec.shipper(), true, false);
        shipper.put("ShipperNumber", spec.shipperNumber());
        shipment.set("Shipper", shipper);
        shipment.set("ShipTo", UpsParts.party(spec.shipTo(), true, true));
        if (spec.shipFrom() != null) {
            shipment.set("ShipFrom", UpsParts.party(spec.shipFrom(), false, false));
        }
        ObjectNode charge = shipment.putObject("PaymentInformation").putArray("ShipmentCharge").addObject();
        charge.put("Type", "01");
        charge.putObject("BillShipper").put("AccountNumber", spec.shipperNumber());
        shipment.putObject("Service").put("Code", spec.serviceCode() == null ? "03" : spec.serviceCode());
        if (!spec.domesticUsOrPr() && !spec.shipmentReferences().isEmpty()) {
            shipment.set("ReferenceNumber", UpsParts.references(spec.shipmentReferences()));
        }
        if (spec.invoiceLineTotal() != null) {
            ObjectNode total = shipment.putObject("InvoiceLineTotal");
            total.put("CurrencyCode", spec.invoiceLineTotal().currency());
            total.put("MonetaryValue", spec.invoiceLineTotal().amount().toPlainString());
        }
        if (spec.commercialInvoice() != null) {
            shipment.putObject("ShipmentServiceOptions")
                    .set("InternationalForms", InternationalFormsJson.write(spec.commercialInvoice()));
        }
        if (spec.negotiatedRates()) {
            shipment.putObject("ShipmentRatingOptions").put("NegotiatedRatesIndicator", "");
        }
        if (UpsParts.hasText(spec.returnLabelEmail())) {
            // Electronic Return Label: UPS e-mails the label to the address given for the label delivery
            shipment.putObject("ReturnService").put("Code", "8");
            ObjectNode options = shipment.has("ShipmentServiceOptions")
                    ? (ObjectNode) shipment.get("ShipmentServiceOptions") : shipment.putObject("ShipmentServiceOptions");
            options.putObject("LabelDelivery").putObject("EMail").put("EMailAddress", spec.returnLabelEmail());
        }
        ArrayNode packages = shipment.putArray("Package");
        for (ParcelPackage parcel : spec.packages()) {
            ObjectNode p = packages.addObject();
            if (UpsParts.hasText(parcel.description())) {
                p.put("Description", parcel.description());
            }
            p.putObject("Packaging").put("Code", parcel.packagingCode());
            if (parcel.dimensions() != null) {
                p.set("Dimensions", UpsParts.dimensions(parcel.dimensions()));
            }
            p.set("PackageWeight", UpsParts.weight(parcel.weight()));
            if (spec.domesticUsOrPr() && !parcel.references().isEmpty()) { // UPS takes them on these lanes only
                p.set("ReferenceNumber", UpsParts.references(parcel.references()));
            }
        }

        spec.labelFormat().specify(request.putObject("LabelSpecification"));
        return root;
    }
}
